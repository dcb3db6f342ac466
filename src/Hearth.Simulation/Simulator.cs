using Hearth.Domain.Workforce;
using Hearth.Simulation.Journeys;
using Hearth.Simulation.Stages;

namespace Hearth.Simulation;

/// <summary>
/// A synthetic local authority: its workforce, then family after family, each planned from the preset's rates and
/// made record by record through the domain's own methods by one stage per area of the journey. The same settings
/// always give the same records (all but the ids the domain draws itself).
/// </summary>
public sealed class Simulator
{
    private const int PilotFamilies = 4_000;

    private readonly SimulationSettings _settings;
    private readonly FamilyPlanner _planner;
    private readonly WorkforceStage _workforce;
    private readonly IReadOnlyList<IFamilyStage> _stages;

    public Simulator(SimulationSettings settings, IReadOnlyList<NamedWorker>? namedStaff = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Years is < 1 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.Years, "Simulate between 1 and 20 years of history.");
        }

        _settings = settings;
        _planner = new FamilyPlanner(settings);
        var pilot = Pilot(settings);
        Families = pilot.Families;
        _workforce = new WorkforceStage(settings, namedStaff ?? [], pilot.OpenCases);

        // Later areas of the journey (children looked after, care leavers, early help) are one more stage each.
        _stages =
        [
            new PopulationStage(settings),
            new FrontDoorStage(settings),
            new JourneyStage(
            [
                new ReferralsStage(settings),
                new AssessmentsStage(settings),
                new ChildProtectionStage(settings),
                new ChildInNeedPlansStage(settings),
                new ClosuresStage(settings),
            ]),
            new AllocationsStage(settings, _workforce),
            new OversightStage(settings, _workforce),
            new VisitsStage(settings),
        ];
    }

    public SimulationSettings Settings => _settings;

    /// <summary>How many families the preset's referral volume needs over the years simulated.</summary>
    public int Families { get; }

    /// <summary>The stages each family goes through, in order.</summary>
    public IReadOnlyList<string> Stages => ["Workforce", .. _stages.Select(s => s.Name)];

    /// <summary>Makes the teams and workers; call once, before the families.</summary>
    public SimulationBatch Workforce()
    {
        _workforce.Run();
        var tally = new SimulationTally { Teams = _workforce.Teams.Count, Workers = _workforce.Workers.Count };
        tally.Digest.AddWorkforce(_workforce.Teams, _workforce.Workers);
        return new SimulationBatch([.. _workforce.Teams, .. _workforce.Workers], tally, 0);
    }

    /// <summary>A worker the caller named, once <see cref="Workforce"/> has run.</summary>
    public Domain.Workforce.Worker NamedWorker(string email) => _workforce.Named(email);

    /// <summary>The families in batches, each batch's records made through every stage; <paramref name="stageDone"/> hears of each stage's progress.</summary>
    public IEnumerable<SimulationBatch> FamilyBatches(Action<string, int>? stageDone = null)
    {
        for (var first = 0; first < Families; first += _settings.FamiliesPerBatch)
        {
            var count = Math.Min(_settings.FamiliesPerBatch, Families - first);
            var histories = new List<FamilyHistory>(count);
            for (var number = first; number < first + count; number++)
            {
                var dice = Dice.ForFamily(_settings.Seed, number);
                histories.Add(new FamilyHistory(_planner.Plan(number, dice), dice));
            }

            foreach (var stage in _stages)
            {
                foreach (var history in histories)
                {
                    stage.Run(history);
                }

                stageDone?.Invoke(stage.Name, count);
            }

            var tally = SimulationTally.Of(histories, _settings);
            yield return new SimulationBatch(histories.SelectMany(h => h.Records()).ToList(), tally, count);
        }
    }

    /// <summary>
    /// Plans (without making records) a few thousand families from a separate seed to learn how many referrals a
    /// family brings over the years simulated, then scales the number of families to the preset's referral volume;
    /// and, scaled the same way, how many children each kind of team holds on an average day of the last three months, which
    /// sizes the teams so caseloads come out at the rates' average.
    /// </summary>
    private static (int Families, Dictionary<TeamKind, double> OpenCases) Pilot(SimulationSettings settings)
    {
        var planner = new FamilyPlanner(settings);
        var referrals = 0;
        var since = settings.Today.AddMonths(-3);
        var childDays = new Dictionary<TeamKind, double>();
        for (var i = 0; i < PilotFamilies; i++)
        {
            var plan = planner.Plan(i, Dice.ForFamily(settings.Seed ^ 0x2f1e3d, i));
            foreach (var contact in plan.Contacts)
            {
                if (contact.Referral is not { } referral)
                {
                    continue;
                }

                referrals += contact.Children.Count;
                if (referral.NoFurtherActionBeforeAssessment)
                {
                    continue;
                }

                foreach (var (kind, from, to, _) in AllocationsStage.Phases(referral, settings.Today))
                {
                    var days = Math.Min(to.DayNumber, settings.Today.DayNumber) - Math.Max(from.DayNumber, since.DayNumber);
                    childDays[kind] = childDays.GetValueOrDefault(kind) + (Math.Max(0, days) * contact.Children.Count);
                }
            }
        }

        var perFamily = Math.Max(0.01, referrals / (double)PilotFamilies);
        var families = Math.Max(1, (int)Math.Round(settings.Preset.ReferralsPerYear * settings.Years / perFamily));
        var scale = families / (double)PilotFamilies / (settings.Today.DayNumber - since.DayNumber);
        return (families, childDays.ToDictionary(d => d.Key, d => d.Value * scale));
    }
}

/// <summary>Records to save together, what they add to the tally, and how many families they hold.</summary>
public sealed record SimulationBatch(IReadOnlyList<object> Records, SimulationTally Tally, int Families);
