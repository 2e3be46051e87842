using System.Globalization;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// The resolved config of <c>operation: ensure-secret</c> (<see cref="EnsureSecretRule"/>). Replaces the "reuse the
/// Secret's password or generate one" script, which needed bash and kubectl in the service image.
/// </summary>
public sealed record EnsureSecretConfig(string Name, IReadOnlyList<string> Keys, int Length)
{
    /// <summary>The resolved config, or the reason it cannot run (a placeholder that resolved to something invalid).</summary>
    public static EnsureSecretConfig Read(JsonObject config)
    {
        if (EnsureSecretRule.Problems(config) is [var first, ..])
        {
            throw new KubernetesStepException(first);
        }
        var length = config["length"] is JsonValue l ? int.Parse(l.ToString(), CultureInfo.InvariantCulture) : EnsureSecretRule.DefaultLength;
        return new EnsureSecretConfig(config["name"]!.ToString(), [.. ((JsonArray)config["keys"]!).Select(k => k!.ToString())], length);
    }
}
