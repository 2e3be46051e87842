namespace Innominatus.Web.Gateway.Models;

/// <summary>A page of the identity service's audit log (its paging names differ from the workflow service's <see cref="Page{T}"/>).</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Page, int PageSize, int Total);
