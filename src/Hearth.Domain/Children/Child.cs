using Hearth.Domain.Audit;

namespace Hearth.Domain.Children;

/// <summary>
/// A child's record: who the child is, where they live, their family and network, the
/// professionals involved, warnings for visiting workers, and who may see a restricted record.
/// Every change is recorded with who made it, when and why.
/// </summary>
public sealed class Child : AuditedEntity
{
    public const int MaxGenderIdentityLength = 100;

    public const int MaxReasonLength = 1000;

    private readonly List<FormerName> _formerNames = [];
    private readonly List<KnownAsName> _aliases = [];
    private readonly List<Disability> _disabilities = [];
    private readonly List<UniquePupilNumber> _formerUpns = [];
    private readonly List<ChildAddress> _addresses = [];
    private readonly List<RelatedPerson> _relationships = [];
    private readonly List<InvolvedProfessional> _professionals = [];
    private readonly List<WorkerSafetyWarning> _warnings = [];
    private readonly List<Guid> _restrictedRecordViewerIds = [];

    private Child(Guid id, LocalAuthorityChildId laChildId, ChildDetails details)
    {
        Id = id;
        LaChildId = laChildId;
        Name = details.Name;
        DateOfBirth = details.DateOfBirth;
        ExpectedDateOfBirth = details.ExpectedDateOfBirth;
        Sex = details.Sex;
        GenderIdentity = TidyText(details.GenderIdentity);
        Ethnicity = details.Ethnicity;
        FirstLanguage = details.FirstLanguage;
        Religion = details.Religion;
        _disabilities.AddRange(DistinctDisabilities(details.Disabilities));
        ImmigrationStatus = details.ImmigrationStatus;
        IsUnaccompaniedAsylumSeekingChild = details.IsUnaccompaniedAsylumSeekingChild;
        NhsNumber = details.NhsNumber;
        Upn = details.Upn;
    }

    private Child()
    {
        LaChildId = null!;
        Name = null!;
        Sex = null!;
        Ethnicity = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The local authority's own ID for the child (CIN census LAchildID).</summary>
    public LocalAuthorityChildId LaChildId { get; private set; }

    public PersonName Name { get; private set; }

    public IReadOnlyList<FormerName> FormerNames => _formerNames;

    /// <summary>Other names the child is known by now.</summary>
    public IReadOnlyList<KnownAsName> Aliases => _aliases;

    public DateOnly? DateOfBirth { get; private set; }

    /// <summary>For an unborn child, when the baby is due; kept after the birth, as the CIN census does.</summary>
    public DateOnly? ExpectedDateOfBirth { get; private set; }

    public bool IsUnborn => DateOfBirth is null;

    public Sex Sex { get; private set; }

    public string? GenderIdentity { get; private set; }

    public Ethnicity Ethnicity { get; private set; }

    public FirstLanguage? FirstLanguage { get; private set; }

    public Religion? Religion { get; private set; }

    public IReadOnlyList<Disability> Disabilities => _disabilities;

    public ImmigrationStatus? ImmigrationStatus { get; private set; }

    /// <summary>Unaccompanied asylum-seeking child (UASC).</summary>
    public bool IsUnaccompaniedAsylumSeekingChild { get; private set; }

    public DateOnly? DateOfDeath { get; private set; }

    public NhsNumber? NhsNumber { get; private set; }

    /// <summary>The child's unique pupil number (UPN).</summary>
    public UniquePupilNumber? Upn { get; private set; }

    /// <summary>UPNs the child had before the current one (CIN census FormerUPN).</summary>
    public IReadOnlyList<UniquePupilNumber> FormerUpns => _formerUpns;

    public IReadOnlyList<ChildAddress> Addresses => _addresses;

    public ChildAddress? CurrentAddress => _addresses.LastOrDefault(a => a.IsCurrent);

    public IReadOnlyList<RelatedPerson> Relationships => _relationships;

    public IReadOnlyList<InvolvedProfessional> Professionals => _professionals;

    public IReadOnlyList<WorkerSafetyWarning> Warnings => _warnings;

    /// <summary>
    /// A restricted record (for example a child of a member of staff, or a high-profile case) can
    /// only be seen by the user accounts named on it.
    /// </summary>
    public bool IsRestricted { get; private set; }

    public string? RestrictionReason { get; private set; }

    /// <summary>The user accounts that may still see the record while it is restricted.</summary>
    public IReadOnlyList<Guid> RestrictedRecordViewerIds => _restrictedRecordViewerIds;

    /// <summary>Changes on every mutation; persistence uses it as the concurrency token.</summary>
    public Guid Version { get; private set; }

    public static RuleResult CanRegister(ChildDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        return RuleResult.FirstRefusal(
            CheckBirthDates(details.DateOfBirth, details.ExpectedDateOfBirth, today, checkExpected: true),
            CheckDisabilities(details.Disabilities),
            CheckGenderIdentity(details.GenderIdentity));
    }

    /// <summary>Records a child Hearth did not know before. Check for possible duplicates first.</summary>
    public static Child Register(LocalAuthorityChildId laChildId, ChildDetails details, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(laChildId);
        ArgumentNullException.ThrowIfNull(context);
        CanRegister(details, today).ThrowIfRefused();
        var child = new Child(Guid.CreateVersion7(context.Now), laChildId, details);
        child.Record(
            "Child registered",
            child.Id,
            context,
            [
                FieldChange.Between<string?>("LA child ID", null, child.LaChildId.Value),
                .. DetailChanges(Snapshot.Empty, Snapshot.Of(child)),
            ]);
        return child;
    }

    public RuleResult CanUpdateDetails(ChildDetails details, DateOnly today, string? reason)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return RuleResult.Refused("Give a reason for changing the child's details");
        }

        if (!IsUnborn && details.DateOfBirth is null)
        {
            return RuleResult.Refused("The child's birth has been recorded, so enter their date of birth");
        }

        if (IsUnborn && details.DateOfBirth is not null)
        {
            return RuleResult.Refused("Record the birth to add an unborn child's date of birth");
        }

        if (details.DateOfBirth is { } born && DateOfDeath is { } died && born > died)
        {
            return RuleResult.Refused("The date of birth cannot be after the date of death");
        }

        return RuleResult.FirstRefusal(
            CheckBirthDates(details.DateOfBirth, details.ExpectedDateOfBirth, today, checkExpected: details.ExpectedDateOfBirth != ExpectedDateOfBirth),
            CheckDisabilities(details.Disabilities),
            CheckGenderIdentity(details.GenderIdentity));
    }

    /// <summary>Corrects or updates the child's details, recording only the fields that changed. Needs a reason.</summary>
    public void UpdateDetails(ChildDetails details, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanUpdateDetails(details, today, context.Reason).ThrowIfRefused();
        var before = Snapshot.Of(this);
        Name = details.Name;
        DateOfBirth = details.DateOfBirth;
        ExpectedDateOfBirth = details.ExpectedDateOfBirth;
        Sex = details.Sex;
        GenderIdentity = TidyText(details.GenderIdentity);
        Ethnicity = details.Ethnicity;
        FirstLanguage = details.FirstLanguage;
        Religion = details.Religion;
        _disabilities.Clear();
        _disabilities.AddRange(DistinctDisabilities(details.Disabilities));
        ImmigrationStatus = details.ImmigrationStatus;
        IsUnaccompaniedAsylumSeekingChild = details.IsUnaccompaniedAsylumSeekingChild;
        NhsNumber = details.NhsNumber;
        Upn = details.Upn;
        var changes = DetailChanges(before, Snapshot.Of(this)).OfType<FieldChange>().ToArray();
        if (changes.Length > 0)
        {
            Record("Child's details changed", Id, context, changes);
        }
    }

    public RuleResult CanChangeName(PersonName newName, DateOnly formerNameUsedUntil, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(newName);
        if (newName == Name)
        {
            return RuleResult.Refused("The new name is the same as the child's current name");
        }

        return CheckFormerNameDate(formerNameUsedUntil, today);
    }

    /// <summary>The child is now known by a new name; the current name becomes a former name, used until the date given.</summary>
    public void ChangeName(PersonName newName, DateOnly formerNameUsedUntil, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanChangeName(newName, formerNameUsedUntil, today).ThrowIfRefused();
        var before = Name;
        var former = new FormerName(before, formerNameUsedUntil, context.Now);
        _formerNames.Add(former);
        Name = newName;
        Record(
            "Child's name changed",
            Id,
            context,
            FieldChange.Between("Name", before, newName),
            FieldChange.Between<DateOnly?>("Former name used until", null, formerNameUsedUntil));
    }

    public RuleResult CanAddFormerName(PersonName name, DateOnly usedUntil, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(name);
        return CheckFormerNameDate(usedUntil, today);
    }

    public FormerName AddFormerName(PersonName name, DateOnly usedUntil, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanAddFormerName(name, usedUntil, today).ThrowIfRefused();
        var former = new FormerName(name, usedUntil, context.Now);
        _formerNames.Add(former);
        Record(
            "Former name added",
            former.Id,
            context,
            FieldChange.Between<PersonName?>("Former name", null, name),
            FieldChange.Between<DateOnly?>("Used until", null, usedUntil));
        return former;
    }

    public KnownAsName AddAlias(PersonName name, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(context);
        var alias = new KnownAsName(name, context.Now);
        _aliases.Add(alias);
        Record("Alias added", alias.Id, context, FieldChange.Between<PersonName?>("Alias", null, name));
        return alias;
    }

    public RuleResult CanRemoveAlias(Guid aliasId, string? reason)
    {
        if (_aliases.All(a => a.Id != aliasId))
        {
            return RuleResult.Refused("This alias is not on the child's record");
        }

        return string.IsNullOrWhiteSpace(reason)
            ? RuleResult.Refused("Give a reason for removing the alias")
            : RuleResult.Allowed;
    }

    /// <summary>Removes an alias entered in error. The change record keeps what it was.</summary>
    public void RemoveAlias(Guid aliasId, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRemoveAlias(aliasId, context.Reason).ThrowIfRefused();
        var alias = _aliases.Single(a => a.Id == aliasId);
        _aliases.Remove(alias);
        Record("Alias removed", alias.Id, context, FieldChange.Between<PersonName?>("Alias", alias.Name, null));
    }

    public RuleResult CanRecordNewUpn(UniquePupilNumber upn)
    {
        ArgumentNullException.ThrowIfNull(upn);
        if (upn == Upn)
        {
            return RuleResult.Refused("This is already the child's UPN");
        }

        return _formerUpns.Contains(upn)
            ? RuleResult.Refused("This UPN is one of the child's former UPNs")
            : RuleResult.Allowed;
    }

    /// <summary>The child has been given a new UPN (for example a permanent one replacing a temporary one); the old one becomes a former UPN.</summary>
    public void RecordNewUpn(UniquePupilNumber upn, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordNewUpn(upn).ThrowIfRefused();
        var before = Upn;
        if (before is not null)
        {
            _formerUpns.Add(before);
        }

        Upn = upn;
        Record(
            "New UPN recorded",
            Id,
            context,
            FieldChange.Between("UPN", before, upn),
            before is null ? null : FieldChange.Between<UniquePupilNumber?>("Former UPN added", null, before));
    }

    public RuleResult CanAddFormerUpn(UniquePupilNumber upn)
    {
        ArgumentNullException.ThrowIfNull(upn);
        if (upn == Upn)
        {
            return RuleResult.Refused("This is the child's current UPN");
        }

        return _formerUpns.Contains(upn)
            ? RuleResult.Refused("This former UPN is already recorded")
            : RuleResult.Allowed;
    }

    public void AddFormerUpn(UniquePupilNumber upn, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanAddFormerUpn(upn).ThrowIfRefused();
        _formerUpns.Add(upn);
        Record("Former UPN added", Id, context, FieldChange.Between<UniquePupilNumber?>("Former UPN", null, upn));
    }

    public RuleResult CanRecordBirth(DateOnly dateOfBirth, DateOnly today)
    {
        if (!IsUnborn)
        {
            return RuleResult.Refused("The child's birth has already been recorded");
        }

        return dateOfBirth > today
            ? RuleResult.Refused("The date of birth cannot be in the future")
            : RuleResult.Allowed;
    }

    /// <summary>An unborn child has been born. The expected date of birth is kept.</summary>
    public void RecordBirth(DateOnly dateOfBirth, Sex sex, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(sex);
        ArgumentNullException.ThrowIfNull(context);
        CanRecordBirth(dateOfBirth, today).ThrowIfRefused();
        var sexBefore = Sex;
        DateOfBirth = dateOfBirth;
        Sex = sex;
        Record(
            "Birth recorded",
            Id,
            context,
            FieldChange.Between<DateOnly?>("Date of birth", null, dateOfBirth),
            FieldChange.Between("Sex", sexBefore, sex));
    }

    public RuleResult CanRecordDeath(DateOnly dateOfDeath, DateOnly today)
    {
        if (DateOfDeath is not null)
        {
            return RuleResult.Refused("The child's death has already been recorded");
        }

        if (DateOfBirth is not { } born)
        {
            return RuleResult.Refused("Record the child's birth before recording their death");
        }

        if (dateOfDeath < born)
        {
            return RuleResult.Refused("The date of death cannot be before the date of birth");
        }

        return dateOfDeath > today
            ? RuleResult.Refused("The date of death cannot be in the future")
            : RuleResult.Allowed;
    }

    public void RecordDeath(DateOnly dateOfDeath, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordDeath(dateOfDeath, today).ThrowIfRefused();
        DateOfDeath = dateOfDeath;
        Record("Death recorded", Id, context, FieldChange.Between<DateOnly?>("Date of death", null, dateOfDeath));
    }

    public RuleResult CanMoveAddress(AddressKind kind, Address? address, DateOnly startDate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind == AddressKind.NoFixedAbode && address is not null)
        {
            return RuleResult.Refused("A child with no fixed abode has no address: do not enter one");
        }

        if (kind != AddressKind.NoFixedAbode && address is null)
        {
            return RuleResult.Refused("Enter the address");
        }

        if (startDate > today)
        {
            return RuleResult.Refused("The date the child moved cannot be in the future");
        }

        var current = CurrentAddress;
        return current is not null && startDate <= current.StartDate
            ? RuleResult.Refused($"The new address must start after the current address started on {DisplayDate.Of(current.StartDate)}")
            : RuleResult.Allowed;
    }

    /// <summary>The child has moved. The current address ends the day before the new one starts.</summary>
    public ChildAddress MoveAddress(AddressKind kind, Address? address, DateOnly startDate, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanMoveAddress(kind, address, startDate, today).ThrowIfRefused();
        var previous = CurrentAddress;
        previous?.End(startDate.AddDays(-1));
        var moved = new ChildAddress(kind, address, startDate, context.Now);
        _addresses.Add(moved);
        Record(
            "Address changed",
            moved.Id,
            context,
            FieldChange.Between("Address", previous?.ToString(), moved.ToString()),
            FieldChange.Between<AddressKind?>("Kind of address", previous?.Kind, kind),
            FieldChange.Between<DateOnly?>("Start date", null, startDate),
            previous is null ? null : FieldChange.Between<DateOnly?>("Previous address end date", null, previous.EndDate));
        return moved;
    }

    public RuleResult CanAddRelationship(string? name, DateOnly? dateOfBirth, Guid? relatedChildId, DateOnly startDate, DateOnly today)
    {
        var tidy = TidyText(name);
        if (tidy is null)
        {
            return RuleResult.Refused("Enter the person's name");
        }

        if (tidy.Length > RelatedPerson.MaxNameLength)
        {
            return RuleResult.Refused($"The person's name must be {RelatedPerson.MaxNameLength} characters or fewer");
        }

        if (dateOfBirth > today)
        {
            return RuleResult.Refused("The person's date of birth cannot be in the future");
        }

        if (relatedChildId == Id)
        {
            return RuleResult.Refused("A child cannot be linked to their own record");
        }

        return startDate > today
            ? RuleResult.Refused("The relationship cannot start in the future")
            : RuleResult.Allowed;
    }

    public RelatedPerson AddRelationship(
        RelationshipType relationship,
        string name,
        DateOnly? dateOfBirth,
        bool hasParentalResponsibility,
        bool livesWithChild,
        PhoneNumber? phone,
        Address? contactAddress,
        Guid? relatedChildId,
        DateOnly startDate,
        DateOnly today,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(context);
        CanAddRelationship(name, dateOfBirth, relatedChildId, startDate, today).ThrowIfRefused();
        var person = new RelatedPerson(
            TidyText(name)!, relationship, dateOfBirth, hasParentalResponsibility, livesWithChild, phone, contactAddress, relatedChildId, startDate, context.Now);
        _relationships.Add(person);
        Record(
            "Person added to family and network",
            person.Id,
            context,
            FieldChange.Between<string?>("Name", null, person.Name),
            FieldChange.Between<RelationshipType?>("Relationship", null, relationship),
            FieldChange.Between("Date of birth", null, dateOfBirth),
            FieldChange.Between<bool?>("Parental responsibility", null, hasParentalResponsibility),
            FieldChange.Between<bool?>("Lives with the child", null, livesWithChild),
            FieldChange.Between<PhoneNumber?>("Phone", null, phone),
            FieldChange.Between<Address?>("Contact address", null, contactAddress),
            FieldChange.Between<Guid?>("Linked child record", null, relatedChildId),
            FieldChange.Between<DateOnly?>("Start date", null, startDate));
        return person;
    }

    public RuleResult CanUpdateRelationship(Guid relationshipId)
    {
        var person = _relationships.Find(r => r.Id == relationshipId);
        if (person is null)
        {
            return RuleResult.Refused("This person is not in the child's family and network");
        }

        return person.IsCurrent ? RuleResult.Allowed : RuleResult.Refused("This relationship has ended and cannot be changed");
    }

    public void UpdateRelationship(
        Guid relationshipId,
        bool hasParentalResponsibility,
        bool livesWithChild,
        PhoneNumber? phone,
        Address? contactAddress,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanUpdateRelationship(relationshipId).ThrowIfRefused();
        var person = _relationships.Single(r => r.Id == relationshipId);
        FieldChange?[] changes =
        [
            FieldChange.Between("Parental responsibility", person.HasParentalResponsibility, hasParentalResponsibility),
            FieldChange.Between("Lives with the child", person.LivesWithChild, livesWithChild),
            FieldChange.Between("Phone", person.Phone, phone),
            FieldChange.Between("Contact address", person.ContactAddress, contactAddress),
        ];
        if (changes.All(c => c is null))
        {
            return;
        }

        person.Update(hasParentalResponsibility, livesWithChild, phone, contactAddress);
        Record($"Relationship changed: {person.Name}", person.Id, context, changes);
    }

    public RuleResult CanEndRelationship(Guid relationshipId, DateOnly endDate, DateOnly today)
    {
        var person = _relationships.Find(r => r.Id == relationshipId);
        if (person is null)
        {
            return RuleResult.Refused("This person is not in the child's family and network");
        }

        if (!person.IsCurrent)
        {
            return RuleResult.Refused("This relationship has already ended");
        }

        return CanEndOn(endDate, person.StartDate, today, "The relationship cannot end before it started on");
    }

    /// <summary>Ends a relationship. Relationships are never deleted.</summary>
    public void EndRelationship(Guid relationshipId, DateOnly endDate, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanEndRelationship(relationshipId, endDate, today).ThrowIfRefused();
        var person = _relationships.Single(r => r.Id == relationshipId);
        person.End(endDate);
        Record($"Relationship ended: {person.Name}", person.Id, context, FieldChange.Between<DateOnly?>("End date", null, endDate));
    }

    public static RuleResult CanAddProfessional(string? name, string? organisation, DateOnly fromDate, DateOnly today)
    {
        var tidyName = TidyText(name);
        var tidyOrganisation = TidyText(organisation);
        if (tidyName is null && tidyOrganisation is null)
        {
            return RuleResult.Refused("Enter the professional's name or their organisation");
        }

        if (tidyName?.Length > InvolvedProfessional.MaxNameLength || tidyOrganisation?.Length > InvolvedProfessional.MaxNameLength)
        {
            return RuleResult.Refused($"Names and organisations must be {InvolvedProfessional.MaxNameLength} characters or fewer");
        }

        return fromDate > today
            ? RuleResult.Refused("The date the professional became involved cannot be in the future")
            : RuleResult.Allowed;
    }

    public InvolvedProfessional AddProfessional(
        ProfessionalRole role,
        string? name,
        string? organisation,
        PhoneNumber? phone,
        EmailAddress? email,
        DateOnly fromDate,
        DateOnly today,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(context);
        CanAddProfessional(name, organisation, fromDate, today).ThrowIfRefused();
        var professional = new InvolvedProfessional(role, TidyText(name), TidyText(organisation), phone, email, fromDate, context.Now);
        _professionals.Add(professional);
        Record(
            "Professional added",
            professional.Id,
            context,
            FieldChange.Between<ProfessionalRole?>("Role", null, role),
            FieldChange.Between<string?>("Name", null, professional.Name),
            FieldChange.Between<string?>("Organisation", null, professional.Organisation),
            FieldChange.Between<PhoneNumber?>("Phone", null, phone),
            FieldChange.Between<EmailAddress?>("Email", null, email),
            FieldChange.Between<DateOnly?>("Involved from", null, fromDate));
        return professional;
    }

    private static RuleResult CanEndOn(DateOnly endDate, DateOnly startDate, DateOnly today, string beforeStart) =>
        endDate < startDate ? RuleResult.Refused($"{beforeStart} {DisplayDate.Of(startDate)}")
        : endDate > today ? RuleResult.Refused("The end date cannot be in the future")
        : RuleResult.Allowed;

    public RuleResult CanEndProfessional(Guid professionalId, DateOnly toDate, DateOnly today)
    {
        var professional = _professionals.Find(p => p.Id == professionalId);
        if (professional is null)
        {
            return RuleResult.Refused("This professional is not recorded as involved with the child");
        }

        if (!professional.IsCurrent)
        {
            return RuleResult.Refused("This professional's involvement has already ended");
        }

        return CanEndOn(toDate, professional.FromDate, today, "The involvement cannot end before it started on");
    }

    public void EndProfessional(Guid professionalId, DateOnly toDate, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanEndProfessional(professionalId, toDate, today).ThrowIfRefused();
        var professional = _professionals.Single(p => p.Id == professionalId);
        professional.End(toDate);
        Record("Professional's involvement ended", professional.Id, context, FieldChange.Between<DateOnly?>("Involved until", null, toDate));
    }

    public static RuleResult CanAddWarning(string? description, DateOnly raisedOn, DateOnly reviewDate, DateOnly today)
    {
        var tidy = TidyText(description);
        if (tidy is null)
        {
            return RuleResult.Refused("Describe the risk to visiting workers");
        }

        if (tidy.Length > WorkerSafetyWarning.MaxDescriptionLength)
        {
            return RuleResult.Refused($"The description must be {WorkerSafetyWarning.MaxDescriptionLength} characters or fewer");
        }

        if (raisedOn > today)
        {
            return RuleResult.Refused("The date the warning was raised cannot be in the future");
        }

        return reviewDate < today
            ? RuleResult.Refused("The review date cannot be in the past")
            : RuleResult.Allowed;
    }

    public WorkerSafetyWarning AddWarning(WarningType type, string description, DateOnly raisedOn, DateOnly reviewDate, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(context);
        CanAddWarning(description, raisedOn, reviewDate, today).ThrowIfRefused();
        var warning = new WorkerSafetyWarning(type, TidyText(description)!, raisedOn, reviewDate, context.Now);
        _warnings.Add(warning);
        Record(
            "Warning added",
            warning.Id,
            context,
            FieldChange.Between<WarningType?>("Type", null, type),
            FieldChange.Between<string?>("Description", null, warning.Description),
            FieldChange.Between<DateOnly?>("Raised on", null, raisedOn),
            FieldChange.Between<DateOnly?>("Review date", null, reviewDate));
        return warning;
    }

    public RuleResult CanReviewWarning(Guid warningId, DateOnly reviewedOn, WarningReviewOutcome outcome, DateOnly? nextReviewDate, string? note, DateOnly today)
    {
        var warning = _warnings.Find(w => w.Id == warningId);
        if (warning is null)
        {
            return RuleResult.Refused("This warning is not on the child's record");
        }

        if (!warning.IsActive)
        {
            return RuleResult.Refused("This warning has ended");
        }

        if (reviewedOn > today)
        {
            return RuleResult.Refused("The review date cannot be in the future");
        }

        if (reviewedOn < warning.RaisedOn)
        {
            return RuleResult.Refused($"The review cannot be before the warning was raised on {DisplayDate.Of(warning.RaisedOn)}");
        }

        return outcome switch
        {
            WarningReviewOutcome.Continue when nextReviewDate is null => RuleResult.Refused("Enter the date of the next review"),
            WarningReviewOutcome.Continue when nextReviewDate < today => RuleResult.Refused("The next review date cannot be in the past"),
            WarningReviewOutcome.End when string.IsNullOrWhiteSpace(note) => RuleResult.Refused("Give a reason for ending the warning"),
            WarningReviewOutcome.Continue or WarningReviewOutcome.End => RuleResult.Allowed,
            _ => RuleResult.Refused("Select whether the warning continues or ends"),
        };
    }

    public WarningReview ReviewWarning(
        Guid warningId,
        DateOnly reviewedOn,
        WarningReviewOutcome outcome,
        DateOnly? nextReviewDate,
        string? note,
        DateOnly today,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanReviewWarning(warningId, reviewedOn, outcome, nextReviewDate, note, today).ThrowIfRefused();
        var warning = _warnings.Single(w => w.Id == warningId);
        var reviewDateBefore = warning.ReviewDate;
        var review = warning.Review(reviewedOn, outcome, outcome == WarningReviewOutcome.Continue ? nextReviewDate : null, TidyText(note), context.Now);
        Record(
            outcome == WarningReviewOutcome.End ? "Warning reviewed and ended" : "Warning reviewed",
            warning.Id,
            context,
            FieldChange.Between<DateOnly?>("Reviewed on", null, reviewedOn),
            FieldChange.Between("Review date", reviewDateBefore, warning.ReviewDate),
            FieldChange.Between<DateOnly?>("Ended on", null, warning.EndedOn),
            FieldChange.Between<string?>("Note", null, review.Note));
        return review;
    }

    public RuleResult CanEndWarning(Guid warningId, DateOnly endedOn, string? reason, DateOnly today)
    {
        var warning = _warnings.Find(w => w.Id == warningId);
        if (warning is null)
        {
            return RuleResult.Refused("This warning is not on the child's record");
        }

        if (!warning.IsActive)
        {
            return RuleResult.Refused("This warning has already ended");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return RuleResult.Refused("Give a reason for ending the warning");
        }

        if (endedOn < warning.RaisedOn)
        {
            return RuleResult.Refused($"The warning cannot end before it was raised on {DisplayDate.Of(warning.RaisedOn)}");
        }

        return endedOn > today
            ? RuleResult.Refused("The end date cannot be in the future")
            : RuleResult.Allowed;
    }

    public void EndWarning(Guid warningId, DateOnly endedOn, string reason, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanEndWarning(warningId, endedOn, reason, today).ThrowIfRefused();
        var warning = _warnings.Single(w => w.Id == warningId);
        warning.End(endedOn, TidyText(reason)!);
        Record(
            "Warning ended",
            warning.Id,
            context,
            FieldChange.Between<DateOnly?>("Ended on", null, endedOn),
            FieldChange.Between<string?>("Reason", null, warning.EndReason));
    }

    /// <summary>Active warnings whose review date has passed.</summary>
    public IReadOnlyList<WorkerSafetyWarning> WarningsOverdueForReview(DateOnly today) =>
        _warnings.Where(w => w.IsOverdueForReview(today)).ToList();

    public static RuleResult CanRestrict(string? reason, IReadOnlyCollection<Guid> viewerIds)
    {
        ArgumentNullException.ThrowIfNull(viewerIds);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return RuleResult.Refused("Give a reason for restricting the record");
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            return RuleResult.Refused($"The reason must be {MaxReasonLength} characters or fewer");
        }

        return viewerIds.Any(id => id != Guid.Empty)
            ? RuleResult.Allowed
            : RuleResult.Refused("Name at least one person who may still see the record");
    }

    /// <summary>
    /// Restricts the record to the named user accounts, or changes who is named on a record that
    /// is already restricted.
    /// </summary>
    public void Restrict(string reason, IReadOnlyCollection<Guid> viewerIds, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRestrict(reason, viewerIds).ThrowIfRefused();
        var wasRestricted = IsRestricted;
        var reasonBefore = RestrictionReason;
        var viewersBefore = DescribeViewers(_restrictedRecordViewerIds);
        IsRestricted = true;
        RestrictionReason = reason.Trim();
        _restrictedRecordViewerIds.Clear();
        _restrictedRecordViewerIds.AddRange(viewerIds.Where(id => id != Guid.Empty).Distinct().Order());
        FieldChange?[] changes =
        [
            FieldChange.Between("Restricted", wasRestricted, true),
            FieldChange.Between("Reason for restriction", reasonBefore, RestrictionReason),
            FieldChange.Between("People who may see the record", viewersBefore, DescribeViewers(_restrictedRecordViewerIds)),
        ];
        if (changes.Any(c => c is not null))
        {
            Record(wasRestricted ? "Record restriction changed" : "Record restricted", Id, context, changes);
        }
    }

    public RuleResult CanLiftRestriction(string? reason)
    {
        if (!IsRestricted)
        {
            return RuleResult.Refused("The record is not restricted");
        }

        return string.IsNullOrWhiteSpace(reason)
            ? RuleResult.Refused("Give a reason for lifting the restriction")
            : RuleResult.Allowed;
    }

    public void LiftRestriction(ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanLiftRestriction(context.Reason).ThrowIfRefused();
        var reasonBefore = RestrictionReason;
        var viewersBefore = DescribeViewers(_restrictedRecordViewerIds);
        IsRestricted = false;
        RestrictionReason = null;
        _restrictedRecordViewerIds.Clear();
        Record(
            "Record restriction lifted",
            Id,
            context,
            FieldChange.Between("Restricted", true, false),
            FieldChange.Between("Reason for restriction", reasonBefore, null),
            FieldChange.Between("People who may see the record", viewersBefore, null));
    }

    /// <summary>False only when the record is restricted and the user account is not named on it.</summary>
    public bool IsVisibleTo(Guid userAccountId) => !IsRestricted || _restrictedRecordViewerIds.Contains(userAccountId);

    /// <summary>Age in whole years on the date given (or on the date of death, if earlier); null for an unborn child.</summary>
    public int? AgeOn(DateOnly today) => DateOfBirth is { } born ? ChildAge.YearsBetween(born, AgeDate(today)) : null;

    /// <summary>"Unborn (due 3 March 2027)", "7 months", "Under 1 month" or "4 years".</summary>
    public string DescribeAgeOn(DateOnly today) => DateOfBirth is { } born
        ? ChildAge.Describe(born, AgeDate(today))
        : ExpectedDateOfBirth is { } due ? $"Unborn (due {DisplayDate.Of(due)})" : "Unborn";

    private static string? DescribeViewers(IEnumerable<Guid> ids)
    {
        var list = string.Join(", ", ids);
        return list.Length == 0 ? null : list;
    }

    private static RuleResult CheckBirthDates(DateOnly? dateOfBirth, DateOnly? expectedDateOfBirth, DateOnly today, bool checkExpected)
    {
        if (dateOfBirth is { } born)
        {
            return born > today ? RuleResult.Refused("The date of birth cannot be in the future") : RuleResult.Allowed;
        }

        if (expectedDateOfBirth is not { } due)
        {
            return RuleResult.Refused("Enter the child's date of birth or, for an unborn child, the expected date of birth");
        }

        if (!checkExpected)
        {
            return RuleResult.Allowed;
        }

        if (due > today.AddMonths(10))
        {
            return RuleResult.Refused("The expected date of birth must be within the next 10 months");
        }

        return due < today.AddMonths(-1)
            ? RuleResult.Refused("The expected date of birth is more than a month ago: record the birth, or correct the expected date")
            : RuleResult.Allowed;
    }

    private static RuleResult CheckDisabilities(IReadOnlyList<Disability> disabilities)
    {
        ArgumentNullException.ThrowIfNull(disabilities);
        return disabilities.Contains(Disability.NoDisability) && disabilities.Any(d => d != Disability.NoDisability)
            ? RuleResult.Refused("'No disability' cannot be recorded with another disability")
            : RuleResult.Allowed;
    }

    private static RuleResult CheckGenderIdentity(string? genderIdentity) =>
        TidyText(genderIdentity)?.Length > MaxGenderIdentityLength
            ? RuleResult.Refused($"Gender identity must be {MaxGenderIdentityLength} characters or fewer")
            : RuleResult.Allowed;

    private RuleResult CheckFormerNameDate(DateOnly usedUntil, DateOnly today)
    {
        if (usedUntil > today)
        {
            return RuleResult.Refused("The date the name stopped being used cannot be in the future");
        }

        return DateOfBirth is { } born && usedUntil < born
            ? RuleResult.Refused("The date the name stopped being used cannot be before the child's date of birth")
            : RuleResult.Allowed;
    }

    private static IEnumerable<Disability> DistinctDisabilities(IEnumerable<Disability> disabilities) =>
        Disability.All.Where(disabilities.Contains);

    private static string? TidyText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<FieldChange?> DetailChanges(Snapshot before, Snapshot after) =>
    [
        FieldChange.Between("Given names", before.Name?.GivenNames, after.Name?.GivenNames),
        FieldChange.Between("Family name", before.Name?.FamilyName, after.Name?.FamilyName),
        FieldChange.Between("Preferred name", before.Name?.PreferredName, after.Name?.PreferredName),
        FieldChange.Between("Date of birth", before.DateOfBirth, after.DateOfBirth),
        FieldChange.Between("Expected date of birth", before.ExpectedDateOfBirth, after.ExpectedDateOfBirth),
        FieldChange.Between("Sex", before.Sex, after.Sex),
        FieldChange.Between("Gender identity", before.GenderIdentity, after.GenderIdentity),
        FieldChange.Between("Ethnicity", before.Ethnicity, after.Ethnicity),
        FieldChange.Between("First language", before.FirstLanguage, after.FirstLanguage),
        FieldChange.Between("Religion", before.Religion, after.Religion),
        FieldChange.Between("Disabilities", before.Disabilities, after.Disabilities),
        FieldChange.Between("Immigration status", before.ImmigrationStatus, after.ImmigrationStatus),
        FieldChange.Between("Unaccompanied asylum-seeking child", before.IsUnaccompaniedAsylumSeekingChild, after.IsUnaccompaniedAsylumSeekingChild),
        FieldChange.Between("NHS number", before.NhsNumber, after.NhsNumber),
        FieldChange.Between("UPN", before.Upn, after.Upn),
    ];

    private DateOnly AgeDate(DateOnly today) => DateOfDeath is { } died && died < today ? died : today;

    private void Record(string summary, Guid entityId, ChangeContext context, params FieldChange?[] fields)
    {
        RecordChange(Id, entityId, summary, context, fields);
        Version = Guid.CreateVersion7(context.Now);
    }

    private sealed record Snapshot(
        PersonName? Name,
        DateOnly? DateOfBirth,
        DateOnly? ExpectedDateOfBirth,
        Sex? Sex,
        string? GenderIdentity,
        Ethnicity? Ethnicity,
        FirstLanguage? FirstLanguage,
        Religion? Religion,
        string? Disabilities,
        ImmigrationStatus? ImmigrationStatus,
        bool? IsUnaccompaniedAsylumSeekingChild,
        NhsNumber? NhsNumber,
        UniquePupilNumber? Upn)
    {
        public static Snapshot Empty { get; } = new(null, null, null, null, null, null, null, null, null, null, null, null, null);

        public static Snapshot Of(Child child) => new(
            child.Name,
            child.DateOfBirth,
            child.ExpectedDateOfBirth,
            child.Sex,
            child.GenderIdentity,
            child.Ethnicity,
            child.FirstLanguage,
            child.Religion,
            child._disabilities.Count == 0 ? null : string.Join(", ", child._disabilities.Select(d => d.Description)),
            child.ImmigrationStatus,
            child.IsUnaccompaniedAsylumSeekingChild,
            child.NhsNumber,
            child.Upn);
    }
}
