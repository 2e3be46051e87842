using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Workflows.Jobs;

/// <summary>
/// Where a terraform step's state lives when it runs as a Job, whose pod and files are gone afterwards: Terraform's
/// built-in <c>kubernetes</c> backend, a Secret <c>tfstate-default-SUFFIX</c> (and a Lease for the lock) in the Job's
/// namespace, configured by an override file the engine adds to the module (it replaces any backend the module names).
/// The suffix is stable per application (or workflow, for runs without one), resource (for a resource's workflows) and
/// step, so the next run of the same step finds the state the last one left, and two resources never share one.
/// </summary>
public static partial class TerraformBackend
{
    public const string OverrideFile = "innominatus_backend_override.tf";

    /// <summary>
    /// A label value (the backend labels its Secret with it: at most 63 characters) that does not end in <c>-NUMBER</c>
    /// (the backend's own suffix for chunked state). Readable parts for <c>kubectl get secrets</c>, and a hash of the
    /// full names so that two names that read alike after shortening still get their own state.
    /// </summary>
    public static string SecretSuffix(string? application, string? workflow, Guid? resource, string step)
    {
        var owner = (application is { Length: > 0 } ? "app:" + application : "workflow:" + (workflow ?? "")) + (resource is { } id ? "\nresource:" + id.ToString("N") : "");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(owner + "\n" + step)))[..10];
        var readable = Slug(application is { Length: > 0 } ? application : workflow ?? "") + "-" + Slug(step);
        readable = readable.Trim('-');
        if (readable.Length > 50)
        {
            readable = readable[..50].TrimEnd('-');
        }
        // 'h' first: the hash is never all digits, so the suffix never ends in -NUMBER.
        return (readable.Length > 0 ? readable + "-" : "") + "h" + hash;
    }

    public static string Override(string ns, string suffix) => $$"""
        # Written by innominatus for this step's Job: the state outlives the Job's pod in the Secret
        # tfstate-default-{{suffix}} of namespace {{ns}}, locked with a Lease, read and written as the step's ServiceAccount.
        terraform {
          backend "kubernetes" {
            in_cluster_config = true
            namespace         = "{{ns}}"
            secret_suffix     = "{{suffix}}"
          }
        }

        """;

    /// <summary>
    /// Local state in the folder (from a local run) would not be used, and a fresh pod would offer to copy it over the
    /// backend's on every run: refused, saying how to move it.
    /// </summary>
    public static string? LocalStateRefusal(string folder) =>
        File.Exists(Path.Combine(folder, "terraform.tfstate"))
            ? "config.workingDir holds terraform.tfstate, local state a Job step does not use: move it into the namespace's state Secret (terraform state push) or remove it"
            : null;

    private static string Slug(string name) => NotNameCharacters().Replace(name.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotNameCharacters();
}
