using Hearth.Data;
using Hearth.Returns.CinCensus.Checks;

namespace Hearth.Returns.CinCensus;

/// <summary>What building a census file from the database wrote and what the DfE's rules found in it.</summary>
public sealed record CinCensusBuildResult(
    CinCensusCheckResult Check, int Children, int Episodes, int Assessments, int ChildInNeedPlans, int Section47Enquiries, int ChildProtectionPlans);

/// <summary>
/// Builds a collection year's census file from the database and checks it in one pass: the children are read in
/// parts (<see cref="CinCensusSource.LoadInPartsAsync"/>), built, written to the stream and checked one at a time,
/// so England's volume needs no more memory than a small local authority's.
/// </summary>
public static class CinCensusReturn
{
    public static async Task<CinCensusBuildResult> WriteAsync(
        HearthDbContext db,
        CinCollectionYear year,
        LocalAuthorityCode localAuthority,
        DateTimeOffset producedAt,
        Stream output,
        IProgress<int>? childrenDone = null,
        int childrenPerPart = 20_000,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(output);
        var header = CinCensusBuilder.Header(year, localAuthority, producedAt);
        var checking = CinCensusRuleSets.For(year).StartChecking(header);
        int children = 0, episodes = 0, assessments = 0, childInNeedPlans = 0, enquiries = 0, protectionPlans = 0;
        using (var file = CinCensusWriter.Open(output, header))
        {
            await foreach (var part in CinCensusSource.LoadInPartsAsync(db, year, childrenPerPart, cancellationToken))
            {
                foreach (var built in CinCensusBuilder.BuildChildren(part))
                {
                    file.Add(built.Child);
                    checking.Add(built.Child);
                    children++;
                }

                episodes += part.Episodes.Count;
                assessments += part.Assessments.Count;
                childInNeedPlans += part.ChildInNeedPlans.Count;
                enquiries += part.Enquiries.Count;
                protectionPlans += part.ChildProtectionPlans.Count;
                childrenDone?.Report(children);
            }

            file.Complete();
        }

        return new CinCensusBuildResult(checking.Finish(), children, episodes, assessments, childInNeedPlans, enquiries, protectionPlans);
    }
}
