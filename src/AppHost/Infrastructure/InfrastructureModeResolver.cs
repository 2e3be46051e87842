namespace Innominatus.AppHost.Infrastructure;

/// <summary>
/// <c>--infra containers|local</c> (or <c>INNOMINATUS_INFRA</c>) decides; without it a healthy container runtime
/// means containers. Publishing always describes containers: that is what production runs.
/// </summary>
public static class InfrastructureModeResolver
{
    public const string ConfigurationKey = "infra";
    public const string EnvironmentVariable = "INNOMINATUS_INFRA";

    public static InfrastructureMode Resolve(string? requested, bool isPublishMode, Func<string?> detectContainerRuntime)
    {
        if (isPublishMode)
        {
            return InfrastructureMode.Containers;
        }
        return requested?.Trim().ToLowerInvariant() switch
        {
            null or "" or "auto" => detectContainerRuntime() is null ? InfrastructureMode.Local : InfrastructureMode.Containers,
            "containers" or "container" => InfrastructureMode.Containers,
            "local" or "executables" => InfrastructureMode.Local,
            _ => throw new ArgumentException($"--infra '{requested}' is not one of: containers, local, auto."),
        };
    }
}
