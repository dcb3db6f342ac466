using Hearth.Domain.Audit;
using Hearth.Domain.Recording;

namespace Hearth.Domain.Tests.Recording;

public class SignificantEventTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly ChangeContext Context = new(Guid.CreateVersion7(), "Priya Shah", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(1, "Moved house", "Mother", "The date of the event cannot be in the future")]
    [InlineData(0, " ", "Mother", "Enter what happened")]
    [InlineData(0, "Moved house", "", "Enter where the information came from")]
    public void CanAdd_BadInput_SaysWhatIsWrong(int daysAhead, string what, string source, string message) =>
        SignificantEvent.CanAdd(Today.AddDays(daysAhead), what, source, Today).Message.ShouldBe(message);

    [Fact]
    public void Add_Valid_KeepsWhoAddedItAndRecordsTheChange()
    {
        var added = SignificantEvent.Add(Guid.CreateVersion7(), Today.AddDays(-10), " Father arrested ", "Police notification", Today, Context);

        added.What.ShouldBe("Father arrested");
        added.RecordedByName.ShouldBe("Priya Shah");
        added.RecordedAt.ShouldBe(Context.Now);
        var change = added.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Significant event added to the chronology");
        change.Fields.ShouldContain(new FieldChange("Source of the information", null, "Police notification"));
    }
}
