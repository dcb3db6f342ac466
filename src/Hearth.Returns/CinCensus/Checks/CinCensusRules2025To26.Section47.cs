namespace Hearth.Returns.CinCensus.Checks;

public partial class CinCensusRules2025To26
{
    [CinRule("2884", CinIssueSeverity.Error, "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one")]
    public virtual IEnumerable<CinIssue> Rule2884(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            if (details.DateOfInitialCpc is { } atEpisode && details.Section47s.Any(s => s.DateOfInitialCpc == atEpisode))
            {
                yield return Issue(child, $"The initial child protection conference on {D(atEpisode)} is recorded twice in {Episode(details)}: as DateOfInitialCPC on the CINdetails and on its Section47. Keep it on the Section47 only.");
            }
        }
    }

    [CinRule("8615", CinIssueSeverity.Error, "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference")]
    public virtual IEnumerable<CinIssue> Rule8615(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var enquiry in Section47s(child).Where(s => s.DateOfInitialCpc is not null))
        {
            if (enquiry.ActualStartDate is null)
            {
                yield return Issue(child, $"A section 47 enquiry has DateOfInitialCPC {D(enquiry.DateOfInitialCpc)} but no S47ActualStartDate. Record when the enquiry started.");
            }
            else if (enquiry.ActualStartDate > enquiry.DateOfInitialCpc)
            {
                yield return Issue(child, $"S47ActualStartDate {D(enquiry.ActualStartDate)} is after DateOfInitialCPC {D(enquiry.DateOfInitialCpc)}. The enquiry starts before its conference: correct whichever date is wrong.");
            }
        }
    }

    [CinRule("8675Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.")]
    public virtual IEnumerable<CinIssue> Rule8675Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var cutOff = Calendar.AddWorkingDays(Year.ReferenceDate, -15);
        foreach (var enquiry in Section47s(child).Where(s => s.DateOfInitialCpc is null && CinYesNo.IsNo(s.IcpcNotRequired) && s.ActualStartDate < cutOff))
        {
            yield return Issue(child, $"The section 47 enquiry started {D(enquiry.ActualStartDate)}, more than 15 working days before {D(Year.ReferenceDate)}, and has no DateOfInitialCPC. Record the conference date, or ICPCnotRequired 1 if no conference was needed, or give the DfE the reason.");
        }
    }

    [CinRule("8715", CinIssueSeverity.Error, "Date of Initial Child Protection Conference must fall within the census year")]
    public virtual IEnumerable<CinIssue> Rule8715(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var conference in child.CinDetails.SelectMany(InitialConferences).Where(c => !Year.Contains(c)))
        {
            yield return Issue(child, $"DateOfInitialCPC {D(conference)} is outside the census year {D(Year.StartDate)} to {D(Year.ReferenceDate)}. Correct the date, or leave out a conference that belongs to another year.");
        }
    }

    [CinRule("8740", CinIssueSeverity.Error, "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year")]
    public virtual IEnumerable<CinIssue> Rule8740(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var enquiry in Section47s(child).Where(s => s.DateOfInitialCpc is null && CinYesNo.IsNo(s.IcpcNotRequired) && s.ActualStartDate is { } started && !Year.Contains(started)))
        {
            yield return Issue(child, $"The section 47 enquiry started {D(enquiry.ActualStartDate)} has no DateOfInitialCPC, and that start is outside the census year {D(Year.StartDate)} to {D(Year.ReferenceDate)}. Record the conference date, or ICPCnotRequired 1, or correct the start date.");
        }
    }

    [CinRule("8839", CinIssueSeverity.Error, "Within one CINDetails group there are 2 or more open S47 Assessments")]
    public virtual IEnumerable<CinIssue> Rule8839(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            var open = details.Section47s.Where(s => s.DateOfInitialCpc is null && !s.IsIcpcNotRequired).ToList();
            if (open.Count > 1)
            {
                yield return Issue(child, $"{EpisodeStartingSentence(details)} has {open.Count} section 47 enquiries with neither a DateOfInitialCPC nor ICPCnotRequired 1 (started {string.Join(", ", open.Select(s => D(s.ActualStartDate)))}). Only one enquiry can be open at a time: record how the others ended.");
            }
        }
    }

    [CinRule("8870Q", CinIssueSeverity.Query, "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend")]
    public virtual IEnumerable<CinIssue> Rule8870Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var enquiry in Section47s(child).Where(s => s.InitialCpcTarget is { } target && IsWeekend(target)))
        {
            yield return Issue(child, $"InitialCPCtarget {D(enquiry.InitialCpcTarget)} is a {enquiry.InitialCpcTarget!.Value.DayOfWeek}. The target is 15 working days after the strategy discussion, so it falls on a weekday: check it.");
        }
    }

    [CinRule("8875", CinIssueSeverity.Error, "The Date of Initial Child Protection Conference cannot be a weekend")]
    public virtual IEnumerable<CinIssue> Rule8875(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var conference in child.CinDetails.SelectMany(InitialConferences).Where(IsWeekend))
        {
            yield return Issue(child, $"DateOfInitialCPC {D(conference)} is a {conference.DayOfWeek}. Initial child protection conferences are held on weekdays: correct the date.");
        }
    }

    [CinRule("8890", CinIssueSeverity.Error, "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing")]
    public virtual IEnumerable<CinIssue> Rule8890(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            var enquiries = details.Section47s;
            for (var i = 0; i < enquiries.Count; i++)
            {
                for (var j = 0; j < enquiries.Count; j++)
                {
                    var other = enquiries[j];
                    if (i == j || enquiries[i].ActualStartDate is not { } started || other.ActualStartDate is not { } otherStarted)
                    {
                        continue;
                    }

                    var ongoing = other.DateOfInitialCpc is { } conference
                        ? started >= otherStarted && started <= conference
                        : !other.IsIcpcNotRequired && FallsWithin(started, otherStarted, null);
                    if (ongoing)
                    {
                        yield return Issue(child, $"S47ActualStartDate {D(started)} falls while the enquiry started {D(otherStarted)} is still going on (DateOfInitialCPC {D(other.DateOfInitialCpc)}) in {Episode(details)}. Correct the dates, or record one enquiry if they are the same.");
                    }
                }
            }
        }
    }

    private static IEnumerable<CinSection47> Section47s(CinChild child) => child.CinDetails.SelectMany(d => d.Section47s);
}
