namespace Innominatus.IdentityService.Audit;

/// <summary>Filters of <c>GET /api/admin/audit</c>; all optional, combined with AND.</summary>
public sealed record AuditQuery(string? Actor, string? Action, string? Target, string? Outcome, DateTimeOffset? From, DateTimeOffset? To, int? Page, int? PageSize);
