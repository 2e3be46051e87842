namespace Innominatus.WorkflowService.Applications;

/// <summary>Filters and paging of <c>GET /api/applications</c>.</summary>
public sealed record ApplicationQuery(string? Team, string? State, string? Search, int? Page, int? PageSize)
{
    public const int MaxPageSize = 200;

    public int PageNumber => Math.Max(1, Page ?? 1);

    public int Size => Math.Clamp(PageSize ?? 50, 1, MaxPageSize);
}
