namespace Hearth.Returns.CinCensus.Checks;

public partial class CinCensusRules2025To26
{
    [CinRule("8608", CinIssueSeverity.Error, "Assessment Start Date cannot be later than its End Date")]
    public virtual IEnumerable<CinIssue> Rule8608(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var assessment in Assessments(child).Where(a => a.ActualStartDate > a.AuthorisationDate))
        {
            yield return Issue(child, $"AssessmentActualStartDate {D(assessment.ActualStartDate)} is after AssessmentAuthorisationDate {D(assessment.AuthorisationDate)}. Correct whichever date is wrong.");
        }
    }

    [CinRule("8614", CinIssueSeverity.Error, "Parental or child factors at assessment should only be present for a completed assessment.")]
    public virtual IEnumerable<CinIssue> Rule8614(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var assessment in Assessments(child).Where(a => a.AuthorisationDate is null && a.Factors.Count > 0))
        {
            yield return Issue(child, $"The assessment started {D(assessment.ActualStartDate)} has FactorsIdentifiedAtAssessment but no AssessmentAuthorisationDate. Factors are recorded when the assessment is completed: record the authorisation date, or remove the factors until then.");
        }
    }

    [CinRule("8670Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.")]
    public virtual IEnumerable<CinIssue> Rule8670Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var cutOff = Calendar.AddWorkingDays(Year.ReferenceDate, -45);
        foreach (var assessment in Assessments(child).Where(a => a.AuthorisationDate is null && a.ActualStartDate < cutOff))
        {
            yield return Issue(child, $"The assessment started {D(assessment.ActualStartDate)}, more than 45 working days before {D(Year.ReferenceDate)}, and has no AssessmentAuthorisationDate. Record the date it was completed, or give the DfE the reason it is still open.");
        }
    }

    [CinRule("8696", CinIssueSeverity.Error, "Assessment end date must fall within the census year")]
    public virtual IEnumerable<CinIssue> Rule8696(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var assessment in Assessments(child).Where(a => a.AuthorisationDate is { } authorised && !Year.Contains(authorised)))
        {
            yield return Issue(child, $"AssessmentAuthorisationDate {D(assessment.AuthorisationDate)} is outside the census year {D(Year.StartDate)} to {D(Year.ReferenceDate)}. Leave out assessments completed before the year; one completed after it is still open on {D(Year.ReferenceDate)}, so leave its authorisation date out.");
        }
    }

    [CinRule("8736", CinIssueSeverity.Error, "For an Assessment that has not been completed, the start date must fall within the census year")]
    public virtual IEnumerable<CinIssue> Rule8736(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var assessment in Assessments(child).Where(a => a.AuthorisationDate is null && a.ActualStartDate is { } started && !Year.Contains(started)))
        {
            yield return Issue(child, $"The assessment started {D(assessment.ActualStartDate)} has no AssessmentAuthorisationDate, and that start is outside the census year {D(Year.StartDate)} to {D(Year.ReferenceDate)}. Record when it was completed, or correct the start date.");
        }
    }

    [CinRule("8863Q", CinIssueSeverity.Query, "An Assessment is shown as starting when there is another Assessment ongoing.")]
    public virtual IEnumerable<CinIssue> Rule8863Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            var assessments = details.Assessments;
            for (var i = 0; i < assessments.Count; i++)
            {
                for (var j = 0; j < assessments.Count; j++)
                {
                    if (i != j && assessments[i].ActualStartDate is { } started && assessments[j].ActualStartDate is { } otherStarted
                        && FallsWithin(started, otherStarted, assessments[j].AuthorisationDate))
                    {
                        yield return Issue(child, $"AssessmentActualStartDate {D(started)} falls while the assessment started {D(otherStarted)} is still going on (AssessmentAuthorisationDate {D(assessments[j].AuthorisationDate)}) in {Episode(details)}. Check both assessments' dates: a new assessment starts after the last one is authorised.");
                    }
                }
            }
        }
    }

    [CinRule("8869", CinIssueSeverity.Error, "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.")]
    public virtual IEnumerable<CinIssue> Rule8869(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var assessment in Assessments(child).Where(a => a.Factors.Contains("21") && a.Factors.Any(f => f != "21")))
        {
            yield return Issue(child, $"The assessment started {D(assessment.ActualStartDate)} has AssessmentFactors 21 (no factors identified) alongside {string.Join(", ", assessment.Factors.Where(f => f != "21"))}. Remove 21 if factors were found, or the other codes if none were.");
        }
    }

    [CinRule("8896", CinIssueSeverity.Error, "Within one CINDetails group there are 2 or more open Assessments groups")]
    public virtual IEnumerable<CinIssue> Rule8896(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            var open = details.Assessments.Where(a => a.AuthorisationDate is null).ToList();
            if (open.Count > 1)
            {
                yield return Issue(child, $"{EpisodeStartingSentence(details)} has {open.Count} assessments with no AssessmentAuthorisationDate (started {string.Join(", ", open.Select(a => D(a.ActualStartDate)))}). Only one assessment can be open at a time: record when the others were authorised.");
            }
        }
    }

    [CinRule("8897Q", CinIssueSeverity.Query, "Parental or child factors at assessment information is missing from a completed assessment")]
    public virtual IEnumerable<CinIssue> Rule8897Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var assessment in Assessments(child).Where(a => a.AuthorisationDate is not null && a.Factors.Count == 0))
        {
            yield return Issue(child, $"The assessment authorised on {D(assessment.AuthorisationDate)} has no FactorsIdentifiedAtAssessment. Record the factors it found, or 21 if it found none.");
        }
    }

    [CinRule("8898", CinIssueSeverity.Error, "The assessment has more than one parental or child factors with the same code")]
    public virtual IEnumerable<CinIssue> Rule8898(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var assessment in Assessments(child))
        {
            foreach (var factor in assessment.Factors.GroupBy(f => f, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                yield return Issue(child, $"The assessment started {D(assessment.ActualStartDate)} has AssessmentFactors {factor} more than once. Record each factor once.");
            }
        }
    }

    [CinRule("8945Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)")]
    public virtual IEnumerable<CinIssue> Rule8945Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var assessment in Assessments(child).Where(a => a.Factors.Contains("18A")))
        {
            yield return Issue(child, $"The assessment started {D(assessment.ActualStartDate)} uses AssessmentFactors 18A (physical abuse), which has been replaced. Use 18B if the abuse was by another child or 18C if by an adult.");
        }
    }

    [CinRule("8950Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)")]
    public virtual IEnumerable<CinIssue> Rule8950Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var assessment in Assessments(child).Where(a => a.Factors.Contains("19A")))
        {
            yield return Issue(child, $"The assessment started {D(assessment.ActualStartDate)} uses AssessmentFactors 19A (sexual abuse), which has been replaced. Use 19B if the abuse was by another child or 19C if by an adult.");
        }
    }

    private static IEnumerable<CinAssessment> Assessments(CinChild child) => child.CinDetails.SelectMany(d => d.Assessments);
}
