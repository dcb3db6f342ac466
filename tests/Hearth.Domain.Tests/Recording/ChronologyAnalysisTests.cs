using Hearth.Domain.Audit;
using Hearth.Domain.Recording;

namespace Hearth.Domain.Tests.Recording;

public class ChronologyAnalysisTests
{
    private static readonly ChangeContext Context = new(Guid.CreateVersion7(), "Priya Shah", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void CanWrite_Empty_AsksForIt() =>
        ChronologyAnalysis.CanWrite("  ", null).Message.ShouldBe("Enter your analysis of the chronology");

    [Fact]
    public void CanWrite_SameAsCurrent_IsRefused()
    {
        var childId = Guid.CreateVersion7();
        var current = ChronologyAnalysis.Write(childId, "Neglect is long-standing", null, Context);

        ChronologyAnalysis.CanWrite(" Neglect is long-standing ", current).Message.ShouldBe("The analysis is the same as the current one. Change it, or go back to the chronology");
    }

    [Fact]
    public void Write_OverCurrent_IsSignedAndRecordsBeforeAndAfter()
    {
        var childId = Guid.CreateVersion7();
        var current = ChronologyAnalysis.Write(childId, "First view", null, Context);
        var later = new ChangeContext(Guid.CreateVersion7(), "Sam Lee", Context.Now.AddDays(7));

        var analysis = ChronologyAnalysis.Write(childId, "Second view", current, later);

        analysis.AuthorName.ShouldBe("Sam Lee");
        analysis.WrittenAt.ShouldBe(later.Now);
        var change = analysis.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Chronology analysis updated");
        change.Fields.ShouldBe([new FieldChange("Analysis of the chronology", "First view", "Second view")]);
    }

    [Fact]
    public void Write_CurrentOfAnotherChild_Throws() =>
        Should.Throw<ArgumentException>(() => ChronologyAnalysis.Write(
            Guid.CreateVersion7(), "Mine", ChronologyAnalysis.Write(Guid.CreateVersion7(), "Theirs", null, Context), Context));
}
