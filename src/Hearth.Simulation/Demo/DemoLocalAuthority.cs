using Hearth.Data;
using Hearth.Data.Workforce;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Simulation.Demo;

/// <summary>A demo user account: who it is, the role, and what it shows a newcomer.</summary>
public sealed record DemoAccount(string UserName, string Name, Role Role, string WhatTheyCanDo)
{
    public string RoleDisplayName => Role.DisplayName;
}

/// <summary>What seeding did: nothing, when the database already had data, or what it created.</summary>
public sealed record DemoSeedResult(
    bool Seeded,
    int Teams,
    int Workers,
    int UserAccounts,
    int Households,
    int Children,
    int AllocatedChildren,
    int UnallocatedChildren)
{
    public static DemoSeedResult AlreadyHasData { get; } = new(false, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// A made-up local authority, modelled on North Somerset (LA code 802), so a newcomer who starts Hearth on an empty
/// database has a living system: the <c>small</c> simulation preset (teams and workers with turnover, families and
/// their children, contacts, referrals and re-referrals, allocations and visits, all made through the domain's own
/// methods) plus demo accounts for every role that can sign in at once. The same <c>today</c> always gives the same
/// people.
/// </summary>
public static class DemoLocalAuthority
{
    /// <summary>
    /// Years of history the demo simulates. Two years of the small preset keep the first run of the web host on SQLite
    /// quick (see docs/performance.md) while giving re-referrals and long plans a history to show.
    /// </summary>
    public const int Years = 2;

    /// <summary>The seed of the demo simulation: North Somerset's LA code.</summary>
    public const int Seed = 802;

    /// <summary>The password of every demo account.</summary>
    public const string Password = "hearth-demo-2026";

    /// <summary>The actor named on every change the seeding records.</summary>
    public static readonly Guid ActorId = new("00000000-0000-7000-8000-0000000de302");

    public const string ActorName = "Hearth demo set-up";

    public static readonly DemoAccount SocialWorker = new(
        "social.worker@demo.hearth.test", "Aisha Rahman", Role.SocialWorker,
        "Holds a caseload of children on child protection and child in need plans in Child Protection Team 1");

    public static readonly DemoAccount FrontDoorSocialWorker = new(
        "front.door@demo.hearth.test", "Jade Thompson", Role.SocialWorker,
        "Screens new contacts at the front door, sees every child and allocates");

    public static readonly DemoAccount TeamManager = new(
        "team.manager@demo.hearth.test", "Rebecca Hughes", Role.TeamManager,
        "Manages Child Protection Team 1, allocates, and holds a few cases of their own");

    public static readonly DemoAccount IndependentReviewingOfficer = new(
        "iro@demo.hearth.test", "Yvonne Campbell", Role.IndependentReviewingOfficer,
        "Chairs child protection conferences and looked-after reviews; sees every unrestricted record");

    public static readonly DemoAccount BusinessSupport = new(
        "business.support@demo.hearth.test", "Donna Pearce", Role.BusinessSupport,
        "Supports the front door: sees and updates records, cannot allocate");

    public static readonly DemoAccount QualityAssuranceOfficer = new(
        "qa.officer@demo.hearth.test", "Martin Hale", Role.QualityAssuranceOfficer,
        "Audits practice: reads every unrestricted record and the access log, changes nothing");

    public static readonly DemoAccount SeniorLeader = new(
        "senior.leader@demo.hearth.test", "Catherine Morgan", Role.SeniorLeader,
        "Head of service: reads every unrestricted record and the access log, changes nothing");

    public static readonly DemoAccount DataOfficer = new(
        "data.officer@demo.hearth.test", "Sophie Lam", Role.DataOfficer,
        "Prepares the returns: reads every unrestricted record, changes nothing");

    public static readonly DemoAccount Administrator = new(
        "administrator@demo.hearth.test", "Pat Brennan", Role.Administrator,
        "Manages user accounts; cannot see children's records");

    /// <summary>Every demo account, in the order a sign-in page lists them.</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        SocialWorker, FrontDoorSocialWorker, TeamManager, IndependentReviewingOfficer, BusinessSupport,
        QualityAssuranceOfficer, SeniorLeader, DataOfficer, Administrator,
    ];

    /// <summary>
    /// Creates the demo local authority, unless the database already has a user account or a child, in which case it
    /// changes nothing. <paramref name="today"/> fixes every date, so two databases seeded on the same day hold the
    /// same children.
    /// </summary>
    public static async Task<DemoSeedResult> SeedAsync(
        HearthDbContext context,
        DateOnly today,
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        await SeedAsync(context, today, now, progress: null, cancellationToken);

    /// <summary>As <see cref="SeedAsync(HearthDbContext, DateOnly, DateTimeOffset, CancellationToken)"/>, reporting each stage's progress.</summary>
    public static async Task<DemoSeedResult> SeedAsync(
        HearthDbContext context,
        DateOnly today,
        DateTimeOffset now,
        IProgress<SimulationProgress>? progress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await context.Set<UserAccount>().AnyAsync(cancellationToken) || await context.Set<Child>().AnyAsync(cancellationToken))
        {
            return DemoSeedResult.AlreadyHasData;
        }

        var settings = new SimulationSettings(SimulationPreset.Small, Years, Seed, today);
        var simulator = new Simulator(settings, Demo.DemoWorkforce.NamedWorkers);
        var result = await SimulationLoader.LoadAsync(simulator, context, progress, cancellationToken);

        var accounts = new List<UserAccount>();
        foreach (var demo in Accounts)
        {
            var workerId = demo.Role == Role.Administrator ? (Guid?)null : simulator.NamedWorker(demo.UserName).Id;
            var change = new ChangeContext(ActorId, ActorName, now, "Demo local authority");
            var account = UserAccount.Create(EmailAddress.Create(demo.UserName), demo.Name, demo.Role, workerId, "not yet set", change);
            account.ChangePassword(Passwords.Hash(account, Password), change);
            accounts.Add(account);
        }

        context.AddRange(accounts);
        await context.SaveChangesAsync(cancellationToken);
        context.ChangeTracker.Clear();

        var allocated = await context.Set<Allocation>().Where(a => a.EndDate == null).Select(a => a.ChildId).Distinct().CountAsync(cancellationToken);
        var tally = result.Tally;
        return new DemoSeedResult(true, tally.Teams, tally.Workers, accounts.Count, tally.Families, tally.Children, allocated, tally.Children - allocated);
    }
}
