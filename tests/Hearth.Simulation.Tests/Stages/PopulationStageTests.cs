using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;

namespace Hearth.Simulation.Tests.Stages;

[Collection(SmallRun.Collection)]
public class PopulationStageTests(SmallRun run)
{
    [Fact]
    public void Generate_SmallRun_RegistersAboutTheRatesShareOfFamiliesFirstKnownBeforeABirth()
    {
        var rate = SimulationPreset.Small.Rates.UnbornAtFirstContact;

        var share = run.Tally.UnbornChildren / (double)run.Tally.Families;

        share.ShouldBeInRange(rate * 0.6, rate * 1.4);
    }

    [Fact]
    public void Generate_UnbornChildBornBeforeToday_BirthRecordedNearTheExpectedDate()
    {
        var born = run.Records.OfType<Child>().Where(c => c.ExpectedDateOfBirth is not null && c.DateOfBirth is not null).ToList();

        born.ShouldNotBeEmpty();
        born.ShouldAllBe(c => Math.Abs(c.DateOfBirth!.Value.DayNumber - c.ExpectedDateOfBirth!.Value.DayNumber) <= 14);
        born.ShouldAllBe(c => c.Sex != Sex.Unknown && c.Name.GivenNames != "Unborn");
        born.ShouldAllBe(c => c.PendingChanges.Any(r => r.Summary == "Birth recorded"));
    }

    [Fact]
    public void Generate_UnbornChildDueAfterToday_StillUnbornWithAnExpectedDate()
    {
        var unborn = run.Records.OfType<Child>().Where(c => c.IsUnborn).ToList();

        unborn.ShouldNotBeEmpty();
        unborn.ShouldAllBe(c => c.ExpectedDateOfBirth >= run.Settings.Today.AddDays(-14) && c.Sex == Sex.Unknown);
    }

    [Fact]
    public void Generate_PreBirthConference_HeldBeforeTheChildWasBorn()
    {
        var children = run.Records.OfType<Child>().ToDictionary(c => c.Id);

        var preBirth = run.Records.OfType<ChildProtectionConference>().Where(c => c.Kind == ConferenceKind.PreBirthInitial).ToList();

        preBirth.ShouldNotBeEmpty();
        preBirth.Count.ShouldBe(run.Tally.PreBirthConferences);
        preBirth.ShouldAllBe(c => children[c.ChildId].DateOfBirth == null || children[c.ChildId].DateOfBirth > c.HeldOn);
    }
}
