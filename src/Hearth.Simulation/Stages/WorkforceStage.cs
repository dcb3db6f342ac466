using System.Globalization;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Simulation.Population;

namespace Hearth.Simulation.Stages;

/// <summary>
/// The local authority's teams and staff over the years simulated: each post in a team is held by one worker after
/// another, with leavers at the workforce's turnover rate and a vacancy between them.
/// </summary>
internal sealed class WorkforceStage
{
    private const int SocialWorkersPerTeam = 6;

    /// <summary>Posts looked at for each allocation: enough for even caseloads, few enough to stay quick in a large authority.</summary>
    private const int Candidates = 16;

    /// <summary>The staff the demo names (with sign-in accounts) hold the first posts of their teams.</summary>
    private readonly IReadOnlyList<NamedWorker> _named;
    private readonly SimulationSettings _settings;
    private readonly Dice _dice;
    private readonly Dictionary<TeamKind, List<Post>> _posts = [];
    private readonly Dictionary<Guid, Post> _managerPosts = [];
    private readonly Dictionary<Guid, Worker> _byId = [];
    private readonly List<Team> _teams = [];
    private readonly List<Worker> _workers = [];
    private readonly HashSet<string> _emails = new(StringComparer.Ordinal);
    private int _registration = 10_000;

    /// <summary>Children each worker holds, week by week from the start of the history, as the allocations stage gives them.</summary>
    private readonly Dictionary<Guid, int[]> _load = [];
    private readonly IReadOnlyDictionary<TeamKind, double> _openCases;

    /// <param name="settings">What to simulate.</param>
    /// <param name="named">The staff the caller names.</param>
    /// <param name="openCases">Children open to each kind of case-holding team on an average day of the last three months, which sizes the teams.</param>
    public WorkforceStage(SimulationSettings settings, IReadOnlyList<NamedWorker> named, IReadOnlyDictionary<TeamKind, double> openCases)
    {
        _settings = settings;
        _named = named;
        _openCases = openCases;
        _dice = new Dice(settings.Seed);
    }

    public IReadOnlyList<Team> Teams => _teams;

    public IReadOnlyList<Worker> Workers => _workers;

    public Worker WorkerWithId(Guid id) => _byId[id];

    public Worker Named(string email) => _workers.Single(w => w.Email.Value == email);

    public void Run()
    {
        var rates = _settings.Preset.Rates;

        // Each case-holding post carries the average caseload of the children open to its kind of team.
        var assessment = SocialWorkersFor(TeamKind.Assessment);
        var childInNeed = SocialWorkersFor(TeamKind.ChildInNeed);
        var protection = SocialWorkersFor(TeamKind.ChildProtection);
        var posts = assessment + childInNeed + protection;
        AddTeams(TeamKind.FrontDoor, "Front Door and MASH", Math.Max(1, (int)Math.Round(_settings.Preset.ReferralsPerYear / 8_000)), businessSupport: 1);
        AddTeams(TeamKind.Assessment, "Assessment Team", TeamsFor(assessment), socialWorkers: assessment);
        AddTeams(TeamKind.ChildInNeed, "Child in Need Team", TeamsFor(childInNeed), socialWorkers: childInNeed);
        AddTeams(TeamKind.ChildProtection, "Child Protection Team", TeamsFor(protection), socialWorkers: protection);
        AddTeams(TeamKind.ChildrenLookedAfter, "Children Looked After Team", TeamsFor(posts * 0.25));
        AddTeams(TeamKind.CareLeavers, "Care Leavers Team", TeamsFor(posts * 0.10));
        AddTeams(TeamKind.DisabledChildren, "Disabled Children's Team", TeamsFor(posts * 0.08));
        AddTeams(TeamKind.QualityAssurance, "Quality Assurance and Reviewing Unit", 1, socialWorkers: 0, reviewingOfficers: Math.Max(2, posts / 40));
        foreach (var named in _named)
        {
            var post = _posts[named.TeamKind].First(p => p.Role == named.Role && p.Named is null);
            post.Named = named;
        }

        foreach (var post in _posts.Values.SelectMany(p => p))
        {
            FillPost(post);
        }

        foreach (var team in _teams)
        {
            var manager = _workers.Where(w => w.TeamId == team.Id && w.Role == Role.TeamManager && w.LeavingDate is null).MinBy(w => w.StartDate);
            if (manager is not null && team.CanAppointManager(manager).IsAllowed)
            {
                team.AppointManager(manager, Change(_settings.Today, "Team manager appointed"));
            }
        }
    }

    /// <summary>The team's manager on <paramref name="date"/>; null while the post is vacant.</summary>
    public Worker? ManagerOn(Guid teamId, DateOnly date)
    {
        foreach (var holder in _managerPosts[teamId].Holders)
        {
            if (holder.StartDate <= date && (holder.LeavingDate is null || holder.LeavingDate >= date))
            {
                return holder;
            }
        }

        return null;
    }

    /// <summary>
    /// The case-holding worker of the kind of team asked for, among those in post on <paramref name="date"/>, who holds
    /// the fewest children on average over the weeks to <paramref name="until"/> while in post (a team manager's own
    /// cases count four times, so they hold a few). Looks at up to
    /// <see cref="Candidates"/> posts spread from a random one, which keeps caseloads even at any size; ties go to the
    /// first looked at. Null only when every post looked at is vacant.
    /// </summary>
    public (Worker Worker, Team Team, DateOnly? Leaves)? LeastLoadedOn(TeamKind kind, DateOnly date, DateOnly until, Dice dice)
    {
        var posts = _posts[kind];
        var week = Week(date);
        var lastWeek = Week(until);
        var first = dice.Between(0, posts.Count - 1);
        var looks = Math.Min(posts.Count, Candidates);
        var step = posts.Count / looks;
        (Worker Worker, Team Team, DateOnly? Leaves)? best = null;
        var lowest = double.MaxValue;
        for (var i = 0; i < looks; i++)
        {
            var post = posts[(first + (i * step)) % posts.Count];
            if (post.Role is not (Role.SocialWorker or Role.TeamManager) || (post.Role == Role.TeamManager && post.Named is null && posts.Count > 1))
            {
                continue;
            }

            for (var h = 0; h < post.Holders.Count; h++)
            {
                var holder = post.Holders[h];
                if (holder.StartDate <= date && (holder.LeavingDate is null || holder.LeavingDate >= date))
                {
                    var load = MeanLoad(post.Loads[h], week, holder.LeavingDate is { } leaves && leaves < until ? Week(leaves) : lastWeek)
                        * (post.Role == Role.TeamManager ? 4 : 1);
                    if (load < lowest)
                    {
                        lowest = load;
                        best = (holder, post.Team, holder.LeavingDate);
                    }

                    break;
                }
            }
        }

        return best;
    }

    /// <summary>Counts <paramref name="children"/> more on the worker's caseload each week from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public void Hold(Worker worker, DateOnly from, DateOnly to, int children)
    {
        var load = LoadOf(worker);
        for (var week = Week(from); week <= Week(to); week++)
        {
            load[week] += children;
        }
    }

    private int[] LoadOf(Worker worker) => _load[worker.Id];

    private static double MeanLoad(int[] load, int from, int to)
    {
        var sum = 0;
        for (var week = from; week <= to; week++)
        {
            sum += load[week];
        }

        return sum / (double)(to - from + 1);
    }

    private int Week(DateOnly date) => Math.Clamp((date.DayNumber - _settings.Start.DayNumber) / 7, 0, (_settings.Today.DayNumber - _settings.Start.DayNumber) / 7);

    private int SocialWorkersFor(TeamKind kind) =>
        Math.Max(1, (int)Math.Round(_openCases.GetValueOrDefault(kind) / _settings.Preset.Rates.Caseload));

    private static int TeamsFor(int socialWorkers) => Math.Max(1, (int)Math.Ceiling(socialWorkers / (double)SocialWorkersPerTeam));

    private static int TeamsFor(double posts) => Math.Max(1, (int)Math.Round(posts / SocialWorkersPerTeam));

    /// <param name="socialWorkers">Social worker posts across the teams (split as evenly as they go), or 6 in each team when not given.</param>
    private void AddTeams(TeamKind kind, string name, int count, int? socialWorkers = null, int businessSupport = 0, int reviewingOfficers = 0)
    {
        var posts = _posts[kind] = [];
        for (var i = 0; i < count; i++)
        {
            var inTeam = socialWorkers is { } total ? (total / count) + (i < total % count ? 1 : 0) : SocialWorkersPerTeam;
            var teamName = count == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} {i + 1}");
            var team = Team.Create(teamName, kind, Change(_settings.Start.AddYears(-6), "Team set up"));
            _teams.Add(team);
            var manager = new Post(team, Role.TeamManager);
            _managerPosts[team.Id] = manager;
            posts.Add(manager);
            posts.AddRange(Enumerable.Range(0, inTeam).Select(_ => new Post(team, Role.SocialWorker)));
            posts.AddRange(Enumerable.Range(0, businessSupport).Select(_ => new Post(team, Role.BusinessSupport)));
            if (kind == TeamKind.QualityAssurance)
            {
                posts.AddRange(Enumerable.Range(0, reviewingOfficers).Select(_ => new Post(team, Role.IndependentReviewingOfficer)));
                posts.Add(new Post(team, Role.QualityAssuranceOfficer));
                posts.Add(new Post(team, Role.DataOfficer));
                posts.Add(new Post(team, Role.SeniorLeader));
            }
        }
    }

    private void FillPost(Post post)
    {
        var turnover = _settings.Preset.Rates.WorkerTurnover * (post.Role == Role.TeamManager ? 0.6 : 1.0);
        var start = _settings.Start.AddDays(-_dice.Between(30, 6 * 365));
        var first = true;
        while (start <= _settings.Today)
        {
            var tenure = (int)(-Math.Log(1 - _dice.Uniform()) * 365 / turnover);
            DateOnly? leaves = start.AddDays(Math.Max(60, tenure));
            if (leaves > _settings.Today || (first && post.Named is not null))
            {
                leaves = null;
            }

            var worker = first && post.Named is { } named
                ? Hire(post, named.GivenName, named.FamilyName, named.Email, _settings.Start.AddDays(-named.DaysInPostBeforeStart))
                : Hire(post, start);
            if (leaves is { } left)
            {
                worker.RecordLeaving(left, Change(left, "Leaving date recorded"));
            }

            post.Holders.Add(worker);
            post.Loads.Add(_load[worker.Id] = new int[Week(_settings.Today) + 1]);
            first = false;
            if (leaves is not { } leaving)
            {
                break;
            }

            start = leaving.AddDays(_dice.Between(14, 90));
        }
    }

    private Worker Hire(Post post, DateOnly start)
    {
        var heritage = _dice.Chance(0.8) ? People.Heritages[0] : _dice.Pick(People.Heritages);
        var female = _dice.Chance(0.85);
        var given = _dice.Pick(female ? heritage.Women : heritage.Men);
        var family = _dice.Pick(heritage.FamilyNames);
        var local = Ascii($"{NameMatching.Normalise(given)}.{NameMatching.Normalise(family)}");
        var email = $"{local}@{_settings.Preset.Name}.hearth.test";
        for (var n = 2; !_emails.Add(email); n++)
        {
            email = string.Create(CultureInfo.InvariantCulture, $"{local}{n}@{_settings.Preset.Name}.hearth.test");
        }

        return Create(post, given, family, email, start);
    }

    private Worker Hire(Post post, string given, string family, string email, DateOnly start)
    {
        _emails.Add(email);
        return Create(post, given, family, email, start);
    }

    private Worker Create(Post post, string given, string family, string email, DateOnly start)
    {
        var registration = post.Role.RequiresSocialWorkEnglandRegistration || post.Role is Role.IndependentReviewingOfficer or Role.QualityAssuranceOfficer
            ? SocialWorkEnglandNumber.Create(string.Create(CultureInfo.InvariantCulture, $"SW{_registration++}"))
            : null;
        var worker = Worker.Create(given, family, post.Role, post.Team, EmailAddress.Create(email), registration, start, Change(start, "Worker joined"));
        _workers.Add(worker);
        _byId[worker.Id] = worker;
        return worker;
    }

    private static string Ascii(string name) => new(name.Normalize(System.Text.NormalizationForm.FormD).Where(c => char.IsAsciiLetterLower(c) || c == '.').ToArray());

    private static ChangeContext Change(DateOnly date, string reason) =>
        new(SimulationActor.Id, SimulationActor.Name, new DateTimeOffset(date.ToDateTime(new TimeOnly(8, 30)), TimeSpan.Zero), reason);

    private sealed class Post(Team team, Role role)
    {
        public Team Team { get; } = team;

        public Role Role { get; } = role;

        public NamedWorker? Named { get; set; }

        public List<Worker> Holders { get; } = [];

        /// <summary>Each holder's caseload week by week, in the order of <see cref="Holders"/>.</summary>
        public List<int[]> Loads { get; } = [];
    }
}
