namespace Innominatus.WorkflowService.Providers;

/// <summary>One entry of <c>Providers:Sources</c>: a folder (<see cref="Path"/>) or a git repository (<see cref="Git"/>, <see cref="Ref"/>, optional sub-<see cref="Path"/>).</summary>
public sealed class ProviderSourceOptions
{
    public string? Path { get; set; }

    public string? Git { get; set; }

    /// <summary>Branch or tag to clone; <c>git clone --branch</c> does not take commit ids.</summary>
    public string Ref { get; set; } = "main";
}
