using Innominatus.IdentityService.Apis.Models;
using Innominatus.IdentityService.Audit;
using Innominatus.IdentityService.Data;
using Innominatus.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.IdentityService.Apis;

public static class AuditApi
{
    public const int MaxPageSize = 500;

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/audit").WithTags("Audit").RequireAuthorization(InternalCallerDefaults.AdminPolicy);
        api.MapGet("/", ListEntries)
            .WithName("ListAuditEntries")
            .WithSummary("Logins, key and account changes and admin actions, newest first; filter by actor, action (prefix), target, outcome, from, to.");
        return api;
    }

    public static async Task<Results<Ok<PageOf<AuditEntryView>>, ProblemHttpResult>> ListEntries(
        [AsParameters] AuditQuery query, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var size = query.PageSize ?? 50;
        if (page < 1 || size < 1 || size > MaxPageSize)
        {
            return Problems.BadRequest($"page starts at 1; pageSize is 1 to {MaxPageSize}.");
        }
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(query.Actor))
        {
            entries = entries.Where(e => e.Actor == query.Actor);
        }
        if (!string.IsNullOrEmpty(query.Action))
        {
            entries = entries.Where(e => e.Action.StartsWith(query.Action));
        }
        if (!string.IsNullOrEmpty(query.Target))
        {
            entries = entries.Where(e => e.Target == query.Target);
        }
        if (!string.IsNullOrEmpty(query.Outcome))
        {
            entries = entries.Where(e => e.Outcome == query.Outcome);
        }
        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }
        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Id).Skip((page - 1) * size).Take(size)
            .Select(e => new AuditEntryView(e.Id, e.At, e.Actor, e.Action, e.Target, e.Outcome, e.Detail, e.ClientAddress))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageOf<AuditEntryView>(items, page, size, total));
    }
}
