using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Helm;

/// <summary>
/// What an install asks for, as one digest kept on the release as the label <see cref="Label"/>: the chart's source
/// (repository, name or reference, version; a folder chart's files themselves, since its version rarely moves), the
/// values and the secret values. An install whose digest equals the deployed release's changes nothing and is skipped
/// (<see cref="Steps.HelmStepExecutor"/>), so a second run leaves the revision as it is.
/// </summary>
/// <remarks>
/// The secret values are part of the digest so that a new password upgrades the release. The label sits on helm's
/// release record, which holds those values in full anyway, so the digest tells no reader of it more than that record.
/// </remarks>
public static class HelmConfigDigest
{
    public const string Label = "innominatus.dev/config-digest";

    /// <summary>A label value is at most 63 characters: 60 hex digits (240 bits) of SHA-256.</summary>
    private const int Length = 60;

    /// <param name="chart">The chart as configured; <paramref name="folder"/> is where a folder chart was copied.</param>
    public static string Compute(HelmChart chart, string? folder, JsonObject? values, IReadOnlyList<KeyValuePair<string, string>> secrets)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "chart", chart.Reference);
        Add(hash, "repo", chart.Repo ?? "");
        Add(hash, "version", chart.Version ?? "");
        if (folder is not null)
        {
            foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Add(hash, "file", Path.GetRelativePath(folder, file).Replace('\\', '/'));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        Add(hash, "values", values?.ToJsonString() ?? "{}");
        foreach (var (path, value) in secrets)
        {
            Add(hash, "secret", path);
            Add(hash, "value", value);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..Length];
    }

    // Each part is length-prefixed, so ("ab", "c") and ("a", "bc") never hash alike.
    private static void Add(IncrementalHash hash, string name, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        hash.AppendData(Encoding.UTF8.GetBytes($"{name}:{bytes.Length}:"));
        hash.AppendData(bytes);
    }
}
