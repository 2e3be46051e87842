using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Processes;

/// <summary>What a process step adds to its environment of its own accord: <c>config.env</c>, and the cluster's kubeconfig.</summary>
public static class StepEnvironment
{
    /// <summary><c>config.env</c>: name → value, strings as they are and anything else as JSON.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Declared(JsonObject config) =>
        (config["env"] as JsonObject ?? []).Where(v => IsName(v.Key))
            .Select(v => KeyValuePair.Create(v.Key, v.Value is JsonValue text && text.TryGetValue<string>(out var s) ? s : v.Value?.ToJsonString() ?? ""));

    /// <summary>
    /// The engine's kubeconfig as the step's user can read it: when the step runs unprivileged, a copy in its private
    /// workspace (removed with it); the service's own file otherwise.
    /// </summary>
    public static string ReadableKubeconfig(string kubeconfig, StepWorkspace workspace)
    {
        if (!ProcessSandbox.DropsPrivileges || !File.Exists(kubeconfig))
        {
            return kubeconfig;
        }
        var copy = Path.Combine(workspace.Path, ".kube", "config");
        ProcessSandbox.CreateFolder(Path.GetDirectoryName(copy)!, ProcessSandbox.OwnerOnly);
        File.Copy(kubeconfig, copy, overwrite: true);
        return copy;
    }

    private static bool IsName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
