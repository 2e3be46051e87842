using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Text;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>credentials: NAME</c> of a step that calls an API: the engine's configured <c>Credentials:NAME</c> (<c>Token</c>
/// with an optional <c>Scheme</c>, default <c>Bearer</c>; or <c>Username</c> and <c>Password</c>, sent as Basic), so
/// no secret is written in a workflow.
/// </summary>
public static class StepCredentials
{
    /// <summary>False only when the step names a credential that is not configured; <paramref name="authorization"/> is null when it names none.</summary>
    public static bool TryResolve(IConfiguration configuration, StepRun run, out AuthenticationHeaderValue? authorization, [NotNullWhen(false)] out string? error)
    {
        authorization = null;
        error = null;
        if (run.ConfigString("credentials") is not { } name)
        {
            return true;
        }
        var section = configuration.GetSection($"Credentials:{name}");
        if (!section.Exists())
        {
            error = $"credential '{name}' is not configured (Credentials:{name}:Token, or :Username and :Password)";
            return false;
        }
        authorization = section["Token"] is { } token
            ? new AuthenticationHeaderValue(section["Scheme"] ?? "Bearer", token)
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{section["Username"]}:{section["Password"]}")));
        return true;
    }
}
