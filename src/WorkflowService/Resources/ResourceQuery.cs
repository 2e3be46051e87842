namespace Innominatus.WorkflowService.Resources;

/// <summary>Filters and paging of <c>GET /api/resources</c>.</summary>
public sealed record ResourceQuery(string? Application, string? Type, string? Provider, string? State, int? Page, int? PageSize)
{
    public int PageNumber => Math.Max(1, Page ?? 1);

    public int Size => Math.Clamp(PageSize ?? 50, 1, 200);
}
