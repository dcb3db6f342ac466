namespace Hearth.Returns.CinCensus.Checks;

/// <summary>
/// What the return-level rules need to know about the whole return, gathered one child at a time so that a
/// national file never has to be held in memory: who shares a UPN or an LA child ID, which disability codes are
/// used, how many plans start and how many initial conferences are held in the census year.
/// </summary>
public sealed class CinReturnTotals
{
    private readonly CinCollectionYear _year;
    private readonly Dictionary<string, string?> _firstChildByUpn = new(StringComparer.Ordinal);
    private readonly List<(string Upn, string LAChildId)> _sharedUpns = [];
    private readonly Dictionary<string, int> _recordsByChildId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _disabilityCodes = new(StringComparer.Ordinal);

    public CinReturnTotals(CinCollectionYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        _year = year;
    }

    /// <summary>How many child records the return has.</summary>
    public int Children { get; private set; }

    /// <summary>Children already born whose <c>Sex</c> is missing or U.</summary>
    public int BornChildrenWithNoSexRecorded { get; private set; }

    /// <summary>Every disability code other than NONE used in the return.</summary>
    public IReadOnlySet<string> DisabilityCodesUsed => _disabilityCodes;

    /// <summary>Children with at least one disability other than NONE.</summary>
    public int ChildrenWithADisability { get; private set; }

    /// <summary>Children with two or more disabilities other than NONE.</summary>
    public int ChildrenWithSeveralDisabilities { get; private set; }

    /// <summary>Child protection plans starting in the census year.</summary>
    public int PlansStartingInYear { get; private set; }

    /// <summary>Initial child protection conferences (on section 47 or CINdetails modules) held in the census year.</summary>
    public int InitialConferencesInYear { get; private set; }

    /// <summary>Each child record whose UPN another record also has, with that UPN, in file order of discovery.</summary>
    public IReadOnlyList<(string Upn, string LAChildId)> SharedUpns => _sharedUpns;

    /// <summary>Each LA child ID given to more than one child record, with how many records have it.</summary>
    public IEnumerable<(string LAChildId, int Records)> SharedChildIds =>
        _recordsByChildId.Where(p => p.Value > 1).Select(p => (p.Key, p.Value));

    public void Add(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        Children++;
        var identifiers = child.Identifiers;
        if (identifiers.ExpectedPersonBirthDate is null && identifiers.Sex is null or "U")
        {
            BornChildrenWithNoSexRecorded++;
        }

        if (!string.IsNullOrEmpty(identifiers.LAChildId))
        {
            _recordsByChildId[identifiers.LAChildId] = _recordsByChildId.GetValueOrDefault(identifiers.LAChildId) + 1;
        }

        if (!string.IsNullOrEmpty(identifiers.Upn))
        {
            AddUpn(identifiers.Upn, child.LAChildId);
        }

        var disabilities = 0;
        foreach (var code in child.Characteristics.Disabilities.Distinct(StringComparer.Ordinal))
        {
            if (code != "NONE" && code.Length > 0)
            {
                disabilities++;
                _disabilityCodes.Add(code);
            }
        }

        ChildrenWithADisability += disabilities > 0 ? 1 : 0;
        ChildrenWithSeveralDisabilities += disabilities > 1 ? 1 : 0;

        foreach (var details in child.CinDetails)
        {
            InitialConferencesInYear += InYear(details.DateOfInitialCpc) ? 1 : 0;
            foreach (var enquiry in details.Section47s)
            {
                InitialConferencesInYear += InYear(enquiry.DateOfInitialCpc) ? 1 : 0;
            }

            foreach (var plan in details.ChildProtectionPlans)
            {
                PlansStartingInYear += InYear(plan.StartDate) ? 1 : 0;
            }
        }
    }

    private void AddUpn(string upn, string laChildId)
    {
        if (!_firstChildByUpn.TryGetValue(upn, out var first))
        {
            _firstChildByUpn.Add(upn, laChildId);
            return;
        }

        if (first is not null)
        {
            _sharedUpns.Add((upn, first));
            _firstChildByUpn[upn] = null;
        }

        _sharedUpns.Add((upn, laChildId));
    }

    private bool InYear(DateOnly? date) => date is { } d && _year.Contains(d);
}
