using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using Innominatus.WorkflowService.Workflows.Egress;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>credentials: NAME</c> of a step that calls an API: the engine's configured <c>Credentials:NAME</c> (<c>Token</c>
/// with an optional <c>Scheme</c>, default <c>Bearer</c>; or <c>Username</c> and <c>Password</c>, sent as Basic), so
/// no secret is written in a workflow. Each credential is bound to its <c>Credentials:NAME:BaseUrl</c>: a step may use
/// it only for URLs under that base URL (see <see cref="CredentialScope"/>).
/// </summary>
public static class StepCredentials
{
    /// <summary>False when the step names a credential that is not configured or not meant for <paramref name="target"/>; <paramref name="credential"/> is null when it names none.</summary>
    public static bool TryResolve(IConfiguration configuration, StepRun run, Uri target, out StepCredential? credential, [NotNullWhen(false)] out string? error)
    {
        credential = null;
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
        if (!Uri.TryCreate(section["BaseUrl"], UriKind.Absolute, out var baseUrl))
        {
            error = $"credential '{name}' is refused: it has no Credentials:{name}:BaseUrl, and a credential is sent only to URLs under its configured base URL";
            return false;
        }
        if (!CredentialScope.Covers(baseUrl, target))
        {
            error = $"credential '{name}' is refused for {target.GetLeftPart(UriPartial.Path)}: a credential is sent only to URLs under its base URL {baseUrl}";
            return false;
        }
        var authorization = section["Token"] is { } token
            ? new AuthenticationHeaderValue(section["Scheme"] ?? "Bearer", token)
            : StepCredential.Basic(section["Username"], section["Password"]);
        credential = new StepCredential(authorization, baseUrl);
        return true;
    }
}
