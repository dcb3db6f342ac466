using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Access;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Infrastructure.Access;

/// <summary>
/// The one access check for every page under a child's record (the <c>/Children/Record</c> folder, routes
/// <c>/children/{childId}/...</c>): asks the access policy, logs the view or the refused attempt, and either
/// shows the "You do not have access" page or lets the page run with <see cref="ChildRecord"/> filled in.
/// Reading needs permission to view (and to see the access log, on its page); posting needs permission to edit
/// (or to allocate, on allocation pages).
/// </summary>
public sealed class ChildRecordFilter(HearthDbContext db, ChildAccess access, ChildRecord record, TimeProvider clock) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!Guid.TryParse(context.RouteData.Values["childId"]?.ToString(), out var childId))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var user = http.User.AccessUser();
        var child = await access.LoadAsync(childId, http.RequestAborted);
        if (user is null || child is null)
        {
            context.Result = user is null ? new ChallengeResult() : new NotFoundResult();
            return;
        }

        var reading = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        var decision = AccessPolicy.CanView(user, child);
        if (decision.IsAllowed && context.ActionDescriptor.HandlerTypeInfo.IsDefined(typeof(ShowsAccessLogAttribute), inherit: false))
        {
            decision = AccessPolicy.CanViewAccessLog(user, child);
        }

        if (decision.IsAllowed && !reading)
        {
            decision = context.ActionDescriptor.HandlerTypeInfo.IsDefined(typeof(AllocatesChildAttribute), inherit: false)
                ? AccessPolicy.CanAllocate(user, child)
                : AccessPolicy.CanEdit(user, child);
        }

        if (reading || !decision.IsAllowed)
        {
            db.RecordViews.Add(new RecordView(childId, user.AccountId, http.User.DisplayName(), http.Request.Path.Value ?? "/",
                clock.GetUtcNow(), decision.IsAllowed));
            await db.SaveChangesAsync(http.RequestAborted);
        }

        if (!decision.IsAllowed)
        {
            context.Result = NoAccess(context, decision.Refusal!);
            return;
        }

        record.Set(await SummariseAsync(childId, child, access.Today, http.RequestAborted), child, user);
        await next();
    }

    private static ViewResult NoAccess(PageHandlerExecutingContext context, string reason)
    {
        var viewData = new ViewDataDictionary(new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState)
        {
            ["Title"] = "You do not have access to this record",
            ["Reason"] = reason,
        };
        return new ViewResult { ViewName = "/Pages/Shared/_NoAccess.cshtml", StatusCode = StatusCodes.Status403Forbidden, ViewData = viewData };
    }

    private async Task<ChildSummary> SummariseAsync(Guid childId, AccessChild child, DateOnly today, CancellationToken cancellationToken)
    {
        var loaded = await db.Set<Child>().AsNoTracking().AsSplitQuery()
            .Include(c => c.Warnings)
            .SingleAsync(c => c.Id == childId, cancellationToken);
        var allocated = await db.Set<Allocation>().AsNoTracking()
            .Where(a => a.ChildId == childId && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
            .Join(db.Set<Worker>(), a => a.WorkerId, w => w.Id, (a, w) => new { a.TeamId, w.GivenName, w.FamilyName })
            .Join(db.Set<Team>(), a => a.TeamId, t => t.Id, (a, t) => new { Worker = a.GivenName + " " + a.FamilyName, Team = t.Name })
            .FirstOrDefaultAsync(cancellationToken);
        var status = loaded.DateOfDeath is not null ? "Deceased"
            : loaded.DateOfBirth is null ? "Unborn"
            : child.IsAllocated ? "Allocated" : "Unallocated";
        var activeWarnings = loaded.Warnings.Count(w => w.EndedOn is null);
        return new ChildSummary(
            loaded.Id,
            loaded.LaChildId.Value,
            $"{loaded.Name.GivenNames} {loaded.Name.FamilyName}",
            loaded.DateOfBirth,
            loaded.DescribeAgeOn(today),
            status,
            allocated?.Worker,
            allocated?.Team,
            activeWarnings,
            loaded.WarningsOverdueForReview(today).Count,
            loaded.IsRestricted);
    }
}
