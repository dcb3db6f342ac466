using Hearth.Data;
using Hearth.Domain.Assessments;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Recording;
using Hearth.Domain.Referrals;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Simulation.Tests;

public class SimulatorTests(CalibrationRun calibration) : IClassFixture<CalibrationRun>
{
    internal static readonly DateOnly Today = new(2026, 11, 2);

    [Fact]
    public void Generate_SameSettingsTwice_GivesTheSameContent()
    {
        var settings = new SimulationSettings(SimulationPreset.Small.Scaled(0.1), 2, 11, Today);

        var first = CalibrationRun.Generate(settings);
        var second = CalibrationRun.Generate(settings);

        first.Referrals.ShouldBeGreaterThan(0);
        second.Digest.Value.ShouldBe(first.Digest.Value);
    }

    [Fact]
    public void Generate_AnotherSeed_GivesOtherContent()
    {
        var first = CalibrationRun.Generate(new SimulationSettings(SimulationPreset.Small.Scaled(0.1), 2, 11, Today));
        var second = CalibrationRun.Generate(new SimulationSettings(SimulationPreset.Small.Scaled(0.1), 2, 12, Today));

        second.Digest.Value.ShouldNotBe(first.Digest.Value);
    }

    [Fact]
    public void Generate_MidSizedRun_MakesThePresetsReferralVolume()
    {
        var target = calibration.Settings.Preset.ReferralsPerYear * calibration.Settings.Years;

        calibration.Tally.Referrals.ShouldBeInRange((int)(target * 0.9), (int)(target * 1.1));
    }

    [Fact]
    public void Generate_MidSizedRun_ReReferralRateWithinTenPercentOfTheNationalRate()
    {
        var target = calibration.Settings.Preset.Rates.ReReferralRate;

        calibration.Tally.ReReferralRate.ShouldBeInRange(target * 0.9, target * 1.1);
    }

    [Fact]
    public void Generate_MidSizedRun_ConversionsAlongTheJourneyWithinTenPercent()
    {
        var rates = calibration.Settings.Preset.Rates;
        var tally = calibration.Tally;

        Ratio(tally.Conferences, tally.Section47Enquiries).ShouldBeInRange(rates.ConferencePerSection47 * 0.9, rates.ConferencePerSection47 * 1.1);
        Ratio(tally.ChildProtectionPlans - Restarts(tally), tally.Conferences).ShouldBeInRange(rates.PlanPerConference * 0.9, rates.PlanPerConference * 1.1);
        var section47 = rates.StrategyDiscussionPerReferral * rates.Section47PerStrategyDiscussion;
        Ratio(tally.Section47Enquiries, tally.Referrals).ShouldBeInRange(section47 * 0.9, section47 * 1.1);
        Ratio(tally.AssessmentsLate, tally.AssessmentsCompleted).ShouldBeInRange(rates.Imperfections.LateAssessments * 0.9, rates.Imperfections.LateAssessments * 1.1);
    }

    [Fact]
    public void Generate_MidSizedRun_CategoryOfAbuseMixWithinTenPercentForTheMainCategories()
    {
        var tally = calibration.Tally;

        foreach (var (category, share) in calibration.Settings.Preset.Rates.CategoryOfAbuse.Where(c => c.Share >= 0.3))
        {
            Ratio(tally.ChildProtectionPlansByCategory[category], tally.ChildProtectionPlans).ShouldBeInRange(share * 0.9, share * 1.1, category);
        }
    }

    [Fact]
    public void Generate_MidSizedRun_ContactsPerReferralWithinTenPercent()
    {
        var target = calibration.Settings.Preset.Rates.ContactsPerReferral;

        Ratio(calibration.Tally.ChildContacts, calibration.Tally.Referrals).ShouldBeInRange(target * 0.85, target * 1.1);
    }

    [Fact]
    public void Generate_MidSizedRun_IncludesTheImperfectionsInspectorsFind()
    {
        var tally = calibration.Tally;

        tally.ContactsDecidedLate.ShouldBeGreaterThan(0);
        tally.ContactsReopened.ShouldBeGreaterThan(0);
        tally.ChainedContacts.ShouldBeGreaterThan(0);
        tally.ConferencesLate.ShouldBeGreaterThan(0);
        tally.VisitsChildNotSeen.ShouldBeGreaterThan(0);
        tally.ContactsAwaitingDecision.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Theory]
    [DatabaseData]
    public async Task Load_SmallRun_SavesEveryRecordAndItsChangeRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = new SimulationSettings(SimulationPreset.Small.Scaled(0.1), 2, 3, Today) { FamiliesPerBatch = 100 };

        SimulationResult result;
        await using (var db = database.CreateContext())
        {
            result = await SimulationLoader.LoadAsync(new Simulator(settings), db);
        }

        await using var context = database.CreateContext();
        (await context.Set<Child>().CountAsync()).ShouldBe(result.Tally.Children);
        (await context.Set<Contact>().CountAsync()).ShouldBe(result.Tally.Contacts);
        (await context.Set<ChildInNeedEpisode>().CountAsync()).ShouldBe(result.Tally.Referrals);
        (await context.Set<ChildInNeedEpisode>().CountAsync(e => e.IsReReferral)).ShouldBe(result.Tally.ReReferrals);
        (await context.Set<Visit>().CountAsync()).ShouldBe(result.Tally.Visits);
        (await context.Set<ManagementOversight>().CountAsync()).ShouldBe(result.Tally.ManagementOversights);
        (await context.Set<Allocation>().CountAsync()).ShouldBe(result.Tally.Allocations);
        (await context.Set<Worker>().CountAsync()).ShouldBe(result.Tally.Workers);
        (await context.ChangeRecords.CountAsync(c => c.EntityType == nameof(Child))).ShouldBeGreaterThanOrEqualTo(result.Tally.Children);
        (await context.Set<ChildAndFamilyAssessment>().CountAsync(a => a.Status == AssessmentStatus.Authorised)).ShouldBeGreaterThan(result.Tally.AssessmentsCompleted / 2);
        (await context.Set<StrategyDiscussion>().CountAsync()).ShouldBeGreaterThan(0);
        (await context.Set<Section47Enquiry>().CountAsync()).ShouldBeGreaterThan(0);
        (await context.Set<ChildProtectionPlan>().CountAsync()).ShouldBeGreaterThan(0);
        (await context.Set<ChildInNeedPlan>().CountAsync()).ShouldBeGreaterThan(0);
        (await context.Set<ChildInNeedEpisode>().GroupBy(e => e.ChildId).Select(g => g.Count(e => e.ClosureDate == null)).MaxAsync()).ShouldBeLessThanOrEqualTo(1);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : part / (double)whole;

    /// <summary>Plans that restart after ending are not new conferences' plans.</summary>
    private static int Restarts(SimulationTally tally) => (int)Math.Round(tally.ChildProtectionPlans * 0.04 / 1.04);
}

/// <summary>One mid-sized run, generated (not saved) once for the calibration tests: about 9,000 referrals.</summary>
public sealed class CalibrationRun
{
    public CalibrationRun()
    {
        Settings = new SimulationSettings(SimulationPreset.Small.Scaled(2), 3, 7, SimulatorTests.Today);
        Tally = Generate(Settings);
    }

    public SimulationSettings Settings { get; }

    public SimulationTally Tally { get; }

    public static SimulationTally Generate(SimulationSettings settings)
    {
        var simulator = new Simulator(settings);
        var tally = new SimulationTally();
        tally.Add(simulator.Workforce().Tally);
        foreach (var batch in simulator.FamilyBatches())
        {
            tally.Add(batch.Tally);
        }

        return tally;
    }
}
