namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>Filters and paging of <c>GET /api/workflows</c>.</summary>
public sealed record ExecutionQuery(string? Application, string? State, string? Kind, DateTimeOffset? Since, DateTimeOffset? Until, int? Page, int? PageSize)
{
    public int PageNumber => Math.Max(1, Page ?? 1);

    public int Size => Math.Clamp(PageSize ?? 50, 1, 200);
}
