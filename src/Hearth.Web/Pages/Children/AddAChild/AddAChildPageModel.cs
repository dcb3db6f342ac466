using Hearth.Data;
using Hearth.Data.Children;
using Hearth.Domain.Access;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Children.AddAChild;

/// <summary>
/// What every page of "Add a child" does first: refuse roles that cannot add a child, and load the journey named
/// in the route (back to the start when it has gone or belongs to someone else).
/// </summary>
public abstract class AddAChildPageModel(HearthDbContext db, ChildAccess access) : PageModel
{
    public const string StartPath = "/children/add";

    public AddAChildJourney Journey { get; private set; } = null!;

    protected HearthDbContext Db => db;

    protected ChildAccess Access => access;

    protected AccessUser CurrentUser { get; private set; } = null!;

    protected DateOnly Today => access.Today;

    protected virtual bool NeedsJourney => true;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (User.AccessUser() is not { } user)
        {
            context.Result = Challenge();
            return;
        }

        var decision = AddAChildAccess.CanAdd(user);
        if (!decision.IsAllowed)
        {
            context.Result = Refusal.View(MetadataProvider, ModelState, "You do not have permission to add a child", decision.Refusal!);
            return;
        }

        CurrentUser = user;
        if (NeedsJourney)
        {
            if (!Guid.TryParse(RouteData.Values["journeyId"]?.ToString(), out var journeyId)
                || AddAChildJourneys.Load(TempData, journeyId, user.AccountId) is not { } journey)
            {
                context.Result = Redirect(StartPath);
                return;
            }

            Journey = journey;
        }

        await next();
    }

    protected void Save(AddAChildJourney journey)
    {
        Journey = journey;
        AddAChildJourneys.Save(TempData, journey);
    }

    /// <summary>Where to go after a question: the next unanswered one, possible duplicates to confirm, or check answers.</summary>
    protected async Task<RedirectResult> NextAsync(CancellationToken cancellationToken)
    {
        var (_, redirect) = await ReadyAsync(cancellationToken);
        return Redirect(redirect ?? $"{Journey.BasePath}/check-answers");
    }

    /// <summary>
    /// Checks every answer again as the domain sees it. Returns the child's details when the child can be added, or
    /// the page to send the person to: an unanswered or no longer valid question, or possible duplicates not yet confirmed.
    /// </summary>
    protected async Task<(ChildDetails? Details, string? Redirect)> ReadyAsync(CancellationToken cancellationToken)
    {
        var journey = Journey;
        if (journey.FirstUnanswered() is { } unanswered)
        {
            return (null, journey.PathOf(unanswered));
        }

        if (journey.Name() is not { } name)
        {
            return (null, journey.PathOf(AddAChildStep.Name));
        }

        if (!Sex.TryCreate(journey.SexCode, out var sex, out _))
        {
            return (null, journey.PathOf(AddAChildStep.Sex));
        }

        if (!Ethnicity.TryCreate(journey.EthnicityCode, out var ethnicity, out _))
        {
            return (null, journey.PathOf(AddAChildStep.Ethnicity));
        }

        NhsNumber? nhsNumber = null;
        if (journey.NhsNumber is not null && !NhsNumber.TryCreate(journey.NhsNumber, out nhsNumber, out _))
        {
            return (null, journey.PathOf(AddAChildStep.NhsNumber));
        }

        var details = new ChildDetails
        {
            Name = name,
            DateOfBirth = journey.IsBorn == true ? journey.DateOfBirth : null,
            ExpectedDateOfBirth = journey.IsBorn == false ? journey.ExpectedDateOfBirth : null,
            Sex = sex,
            Ethnicity = ethnicity,
            NhsNumber = nhsNumber,
        };
        if (journey.IsBorn is null || !Child.CanRegister(details, Today).IsAllowed)
        {
            return (null, journey.PathOf(AddAChildStep.DateOfBirth));
        }

        var duplicates = await PossibleDuplicatesAsync(cancellationToken);
        return duplicates.Any(d => !journey.ConfirmedDifferentFrom.Contains(d.ChildId))
            ? (null, $"{journey.BasePath}/possible-duplicates")
            : (details, null);
    }

    /// <summary>
    /// Children already on Hearth who may be this child (the same NHS number, or the same date of birth and a similar
    /// name), leaving out restricted records the person is not named on, as "Find a child" does.
    /// </summary>
    protected async Task<IReadOnlyList<PossibleDuplicate>> PossibleDuplicatesAsync(CancellationToken cancellationToken, bool includeNhsNumber = true)
    {
        if (Journey.Name() is not { } name)
        {
            return [];
        }

        NhsNumber? nhsNumber = null;
        if (includeNhsNumber && Journey.NhsNumber is not null)
        {
            NhsNumber.TryCreate(Journey.NhsNumber, out nhsNumber, out _);
        }

        var candidate = new DuplicateCandidate(name, Journey.BirthDate, nhsNumber);
        var known = await new ChildSearch(db).DuplicateCandidatesAsync(candidate, cancellationToken);
        var found = PossibleDuplicates.Find(candidate, known);
        var children = await access.LoadManyAsync(found.Select(d => d.ChildId).ToList(), cancellationToken);
        return found.Where(d => children.TryGetValue(d.ChildId, out var child)
                && (!child.IsRestricted || AccessPolicy.CanView(CurrentUser, child).IsAllowed))
            .ToList();
    }
}
