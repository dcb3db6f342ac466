using System.Reflection;
using Hearth.Domain.ChildProtection;

namespace Hearth.Returns.CinCensus;

/// <summary>
/// Builds the census from a <see cref="CinCensusSnapshot"/>: a pure function of the record, so the file, the checks
/// on a child's record and the data quality page all see the same census. The DfE's derivations follow the
/// CIN census guide for the year: what falls after the reference date is left out (a closure, an authorisation,
/// a plan's end), factors go only with a completed assessment, <c>ReferralNFA</c> comes from the referral's
/// no further action decision, <c>UPNunknown</c> is UN7 for a child whose every referral ended with no further
/// action and UN1 for a child under school age, and <c>InitialCPCtarget</c> and <c>NumberOfPreviousCPP</c> are
/// the ones the domain fixed when the enquiry and the plan started.
/// </summary>
public static class CinCensusBuilder
{
    public const string SoftwareCode = "Hearth";

    private static readonly string s_release =
        typeof(CinCensusBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";

    /// <summary>The whole return: the header for the local authority and every child in the snapshot, ordered by LA child ID.</summary>
    public static CinCensusMessage Build(CinCensusSnapshot snapshot, LocalAuthorityCode localAuthority, DateTimeOffset producedAt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new CinCensusMessage
        {
            Header = Header(snapshot.Year, localAuthority, producedAt),
            Children = [.. BuildChildren(snapshot).Select(c => c.Child)],
        };
    }

    /// <summary>The header: collection CIN, the year, its reference date, and the local authority as the source.</summary>
    public static CinHeader Header(CinCollectionYear year, LocalAuthorityCode localAuthority, DateTimeOffset producedAt)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(localAuthority);
        return new CinHeader
        {
            CollectionDetails = new CinCollectionDetails { Collection = "CIN", Year = year.EndYear, ReferenceDate = year.ReferenceDate },
            Sources =
            [
                new CinSource
                {
                    SourceLevel = "L",
                    Lea = localAuthority.Value,
                    SoftwareCode = SoftwareCode,
                    Release = s_release,
                    SerialNo = "001",
                    DateTime = producedAt.UtcDateTime,
                },
            ],
        };
    }

    /// <summary>Each child's census record with the child's id in Hearth, ordered by LA child ID.</summary>
    public static IEnumerable<CinCensusChild> BuildChildren(CinCensusSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var episodes = snapshot.Episodes.ToLookup(e => e.ChildId);
        var assessments = snapshot.Assessments.ToLookup(a => a.EpisodeId);
        var childInNeedPlans = snapshot.ChildInNeedPlans.ToLookup(p => p.EpisodeId);
        var enquiries = snapshot.Enquiries.ToLookup(s => s.EpisodeId);
        var conferences = snapshot.Conferences.ToLookup(c => c.EpisodeId);
        var reviews = snapshot.Conferences.Where(c => c.Kind == ConferenceKind.Review && c.PlanId is not null).ToLookup(c => c.PlanId!.Value);
        var protectionPlans = snapshot.ChildProtectionPlans.ToLookup(p => p.EpisodeId);
        var year = snapshot.Year;

        foreach (var child in snapshot.Children.OrderBy(c => c.LaChildId.Value, StringComparer.Ordinal))
        {
            var details = episodes[child.Id]
                .OrderBy(e => e.ReferralDate)
                .Select(e => Details(year, e, assessments[e.Id], childInNeedPlans[e.Id], enquiries[e.Id], conferences[e.Id], protectionPlans[e.Id], reviews))
                .ToList();
            var censusChild = new CinChild
            {
                Identifiers = Identifiers(year, child, details),
                Characteristics = new CinChildCharacteristics
                {
                    Ethnicity = child.Ethnicity.Code,
                    Disabilities = [.. child.Disabilities.Select(d => d.Code)],
                },
                CinDetails = details,
            };
            yield return new CinCensusChild(child.Id, censusChild);
        }
    }

    private static CinChildIdentifiers Identifiers(CinCollectionYear year, CinSourceChild child, IReadOnlyList<CinDetails> details) => new()
    {
        LAChildId = child.LaChildId.Value,
        Upn = child.Upn?.Value,
        FormerUpn = child.FormerUpns.Count > 0 ? child.FormerUpns[^1].Value : null,
        UpnUnknown = child.Upn is null ? UpnUnknownReason(year, child, details) : null,
        PersonBirthDate = child.DateOfBirth,
        ExpectedPersonBirthDate = child.DateOfBirth is null ? child.ExpectedDateOfBirth : null,
        Sex = child.Sex.Code,
        PersonDeathDate = child.DateOfDeath,
    };

    private static string? UpnUnknownReason(CinCollectionYear year, CinSourceChild child, IReadOnlyList<CinDetails> details)
    {
        if (details.Count > 0 && details.All(d => d.IsReferralNfa))
        {
            return "UN7";
        }

        // A child is of school age from the September after their fourth birthday (the DfE's rule 8770Q).
        var schoolAgeBornBy = new DateOnly(year.ReferenceDate.Year - 4, 8, 31);
        return child.DateOfBirth is { } born && born > schoolAgeBornBy ? "UN1" : null;
    }

    private static CinDetails Details(
        CinCollectionYear year,
        CinSourceEpisode episode,
        IEnumerable<CinSourceAssessment> assessments,
        IEnumerable<CinSourceChildInNeedPlan> childInNeedPlans,
        IEnumerable<CinSourceEnquiry> enquiries,
        IEnumerable<CinSourceConference> conferences,
        IEnumerable<CinSourceChildProtectionPlan> protectionPlans,
        ILookup<Guid, CinSourceConference> reviews)
    {
        var end = year.ReferenceDate;
        var closed = episode.ClosureDate is { } closure && closure <= end;
        var episodeEnquiries = enquiries.OrderBy(s => s.StartDate).ToList();
        var conferencesOfEnquiries = episodeEnquiries.Where(s => s.InitialConferenceId is not null).Select(s => s.InitialConferenceId!.Value).ToHashSet();
        var conferenceWithoutEnquiry = conferences
            .Where(c => (c.Kind is ConferenceKind.Initial or ConferenceKind.PreBirthInitial) && !conferencesOfEnquiries.Contains(c.Id) && year.Contains(c.HeldOn))
            .OrderBy(c => c.HeldOn)
            .FirstOrDefault();

        return new CinDetails
        {
            CinReferralDate = episode.ReferralDate,
            ReferralSource = episode.Source.Code,
            PrimaryNeedCode = episode.PrimaryNeed.Code,
            CinClosureDate = closed ? episode.ClosureDate : null,
            ReasonForClosure = closed ? episode.ClosureReason?.Code : null,
            DateOfInitialCpc = conferenceWithoutEnquiry?.HeldOn,
            Assessments =
            [
                .. assessments
                    .Where(a => a.StartDate <= end && (a.AuthorisedOn is null || a.AuthorisedOn >= year.StartDate))
                    .OrderBy(a => a.StartDate)
                    .Select(a => Assessment(end, a)),
            ],
            CinPlanDates =
            [
                .. childInNeedPlans
                    .OrderBy(p => p.StartDate)
                    .Select(p => new CinPlanDates { StartDate = p.StartDate, EndDate = p.EndDate <= end ? p.EndDate : null }),
            ],
            Section47s =
            [
                .. episodeEnquiries
                    .Where(s => !EndedBefore(s, year.StartDate))
                    .Select(s => Section47(end, s)),
            ],
            ReferralNfa = episode.IsReferralNoFurtherAction ? "1" : "0",
            ChildProtectionPlans =
            [
                .. protectionPlans
                    .OrderBy(p => p.StartDate)
                    .Select(p => new CinChildProtectionPlan
                    {
                        StartDate = p.StartDate,
                        EndDate = p.EndDate <= end ? p.EndDate : null,
                        InitialCategoryOfAbuse = p.InitialCategory.Code,
                        LatestCategoryOfAbuse = p.LatestCategory.Code,
                        NumberOfPreviousCpp = p.NumberOfPreviousPlans,
                        ReviewDates = [.. reviews[p.Id].Where(r => year.Contains(r.HeldOn)).OrderBy(r => r.HeldOn).Select(r => (DateOnly?)r.HeldOn)],
                    }),
            ],
        };
    }

    private static CinAssessment Assessment(DateOnly end, CinSourceAssessment assessment)
    {
        var authorised = assessment.AuthorisedOn is { } on && on <= end;
        return new CinAssessment
        {
            ActualStartDate = assessment.StartDate,
            AuthorisationDate = authorised ? assessment.AuthorisedOn : null,
            Factors = authorised ? [.. assessment.Factors.Select(f => f.Code)] : [],
        };
    }

    private static bool EndedBefore(CinSourceEnquiry enquiry, DateOnly yearStart) =>
        enquiry.InitialConferenceHeldOn is { } held ? held < yearStart
        : IsConferenceNotRequired(enquiry) && enquiry.CompletedOn is { } completed && completed < yearStart;

    private static CinSection47 Section47(DateOnly end, CinSourceEnquiry enquiry)
    {
        var notRequired = IsConferenceNotRequired(enquiry) && enquiry.CompletedOn is { } completed && completed <= end;
        return new CinSection47
        {
            ActualStartDate = enquiry.StartDate,
            InitialCpcTarget = enquiry.InitialConferenceTarget,
            DateOfInitialCpc = enquiry.InitialConferenceHeldOn <= end ? enquiry.InitialConferenceHeldOn : null,
            IcpcNotRequired = notRequired ? "1" : "0",
        };
    }

    private static bool IsConferenceNotRequired(CinSourceEnquiry enquiry) =>
        enquiry.Outcome is { } outcome && outcome != Section47Outcome.InitialChildProtectionConference;
}

/// <summary>A child's census record and the child it was built from.</summary>
public sealed record CinCensusChild(Guid ChildId, CinChild Child);
