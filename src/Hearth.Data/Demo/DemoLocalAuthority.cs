using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Demo;

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
/// A made-up local authority, modelled on North Somerset (LA code 802), so a newcomer who starts Hearth
/// on an empty database has a living system: teams and workers, demo accounts for every role that can
/// sign in at once, and about 200 children in about 90 households with allocations, family networks,
/// warnings and restricted records. Everything is made through the domain's own methods, so every rule
/// holds and every change is recorded. The same <c>today</c> always gives the same people.
/// </summary>
public static class DemoLocalAuthority
{
    /// <summary>The password of every demo account.</summary>
    public const string Password = "hearth-demo-2026";

    /// <summary>The actor named on every change the seeding records.</summary>
    public static readonly Guid ActorId = new("00000000-0000-7000-8000-0000000de302");

    public const string ActorName = "Hearth demo set-up";

    public static readonly DemoAccount SocialWorker = new(
        "social.worker@demo.hearth.test", "Aisha Rahman", Role.SocialWorker,
        "Holds a caseload of about 15 children in Child Protection Team (North)");

    public static readonly DemoAccount FrontDoorSocialWorker = new(
        "front.door@demo.hearth.test", "Jade Thompson", Role.SocialWorker,
        "Screens new contacts at the front door, sees every child and allocates");

    public static readonly DemoAccount TeamManager = new(
        "team.manager@demo.hearth.test", "Rebecca Hughes", Role.TeamManager,
        "Manages Child Protection Team (North), allocates, and is the only person who can see the two restricted records");

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
    /// Creates the demo local authority in one transaction, unless the database already has a user account
    /// or a child, in which case it changes nothing. <paramref name="today"/> fixes every date, so two
    /// databases seeded on the same day hold the same children.
    /// </summary>
    public static async Task<DemoSeedResult> SeedAsync(
        HearthDbContext context,
        DateOnly today,
        DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await context.Set<UserAccount>().AnyAsync(cancellationToken) || await context.Set<Child>().AnyAsync(cancellationToken))
        {
            return DemoSeedResult.AlreadyHasData;
        }

        var built = new DemoBuilder(today, now).Build();
        context.AddRange(built.Teams);
        context.AddRange(built.Workers);
        context.AddRange(built.Accounts);
        context.AddRange(built.Children);
        context.AddRange(built.Allocations);
        await context.SaveChangesAsync(cancellationToken);

        var allocated = built.Allocations.Where(a => a.IsOpen).Select(a => a.ChildId).Distinct().Count();
        return new DemoSeedResult(
            true,
            built.Teams.Count,
            built.Workers.Count,
            built.Accounts.Count,
            built.Households,
            built.Children.Count,
            allocated,
            built.Children.Count - allocated);
    }
}
