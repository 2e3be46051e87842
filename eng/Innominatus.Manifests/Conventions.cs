namespace Innominatus.Manifests;

/// <summary>
/// The choices the Aspire manifest does not make, kept in one place and shared with the Helm chart:
/// names, ports, image names, the Secret that holds parameters, and the accounts containers run as.
/// </summary>
internal static class Conventions
{
    public const string PartOf = "innominatus";

    /// <summary>Secret the operator creates; one key per Aspire parameter (postgres-password, ...).</summary>
    public const string SecretName = "innominatus-secrets";

    /// <summary>The public project (the gateway) is the product's face: Service "innominatus" on port 8081, as in the guide.</summary>
    public const string PublicName = "innominatus";

    public const int PublicPort = 8081;

    /// <summary>What the .NET images listen on (ASPNETCORE_HTTP_PORTS in the csproj files).</summary>
    public const int ProjectPort = 8080;

    /// <summary>The non-root account of our images (ContainerUser in the csproj files).</summary>
    public const long ProjectUser = 65532;

    public static bool IsPublic(AspireResource resource) => resource.IsProject && resource.Bindings.Any(b => b.External);

    public static string KubernetesName(AspireResource resource) => IsPublic(resource) ? PublicName : resource.Name;

    /// <summary>Projects speak plain HTTP inside the cluster; TLS ends at the ingress, so https bindings are not served.</summary>
    public static bool IsServed(AspireResource resource, AspireBinding binding) => !(resource.IsProject && binding.Scheme == "https");

    public static int Port(AspireResource resource, AspireBinding binding) => resource.IsProject
        ? IsPublic(resource) ? PublicPort : ProjectPort
        : binding.TargetPort ?? throw new InvalidOperationException($"Container binding {resource.Name}.{binding.Name} has no targetPort.");

    /// <summary>"workflow-service" is built as image innominatus/workflow (ContainerRepository in its csproj).</summary>
    public static string ProjectImage(AspireResource resource, string tag)
    {
        var shortName = resource.Name.EndsWith("-service", StringComparison.Ordinal) ? resource.Name[..^"-service".Length] : resource.Name;
        return $"innominatus/{shortName}:{tag}";
    }

    /// <summary>
    /// Third-party images run as their own unprivileged account. Unknown images fail the generation, so that somebody
    /// looks up the account instead of the manifests quietly running a container as root.
    /// </summary>
    public static long ContainerUser(string image)
    {
        var repository = image.Split(':')[0];
        return repository switch
        {
            "docker.io/library/postgres" or "postgres" => 999,
            "docker.io/library/rabbitmq" or "rabbitmq" => 999,
            _ => throw new InvalidOperationException(
                $"No non-root account is known for image '{image}': add it to Conventions.ContainerUser."),
        };
    }

    public static string SecretVariable(string parameter) => "SECRET_" + parameter.ToUpperInvariant().Replace('-', '_');
}
