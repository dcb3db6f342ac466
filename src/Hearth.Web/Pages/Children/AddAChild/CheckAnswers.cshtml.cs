using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.AddAChild;

public sealed class CheckAnswersModel(HearthDbContext db, ChildAccess access, TimeProvider clock, IConfiguration configuration)
    : AddAChildPageModel(db, access)
{
    public ChildDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (details, redirect) = await ReadyAsync(cancellationToken);
        if (details is null)
        {
            return Redirect(redirect!);
        }

        Details = details;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (details, redirect) = await ReadyAsync(cancellationToken);
        if (details is null)
        {
            return Redirect(redirect!);
        }

        Details = details;
        var reason = Journey.ConfirmedDifferentFrom.Count == 0
            ? "No possible duplicate found"
            : $"Checked as a different child from {Journey.ConfirmedDifferentFrom.Count} possible duplicate{(Journey.ConfirmedDifferentFrom.Count == 1 ? "" : "s")}";
        var context = new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow(), reason);
        var prefix = LaChildIds.Prefix(configuration);
        Child child;
        try
        {
            var laChildId = await LaChildIds.NextAsync(Db, prefix, cancellationToken);
            try
            {
                child = await RegisterAsync(laChildId, details, context, cancellationToken);
            }
            catch (DbUpdateException)
            {
                Db.ChangeTracker.Clear();
                if (!await Db.Set<Child>().AnyAsync(c => c.LaChildId == laChildId, cancellationToken))
                {
                    throw;
                }

                // Someone else added a child at the same moment and took this LA child ID: take the next one.
                child = await RegisterAsync(await LaChildIds.NextAsync(Db, prefix, cancellationToken), details, context, cancellationToken);
            }
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }

        AddAChildJourneys.Remove(TempData, Journey.Id);
        TempData["Notification"] = $"{child.Name.FullName} has been added with LA child ID {child.LaChildId}";
        return Redirect($"/children/{child.Id}");
    }

    private async Task<Child> RegisterAsync(LocalAuthorityChildId laChildId, ChildDetails details, ChangeContext context, CancellationToken cancellationToken)
    {
        var child = Child.Register(laChildId, details, Today, context);
        Db.Add(child);
        await Db.SaveChangesAsync(cancellationToken);
        return child;
    }
}
