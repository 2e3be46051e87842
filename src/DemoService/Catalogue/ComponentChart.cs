namespace Innominatus.DemoService.Catalogue;

/// <summary>
/// The chart a component installs, in the helm step's own terms: <c>Repo</c> + <c>Name</c> + pinned <c>Version</c>, an
/// <c>oci://</c> reference in <c>Name</c>, or a folder inside the WorkflowService's <c>Workspaces:Root</c> in <c>Name</c>.
/// </summary>
public sealed record ComponentChart
{
    public string? Repo { get; init; }

    public string Name { get; init; } = "";

    public string? Version { get; init; }
}
