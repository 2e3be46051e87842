using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Helm;

/// <summary>
/// Values reach helm as files in the step's private workspace, never on its command line: <c>config.values</c> as one
/// file, <c>config.secretValues</c> (value paths such as <c>auth.password</c>) as another, both readable by the step's
/// user only (0600) and deleted as soon as helm is done.
/// </summary>
public static class HelmValues
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Writes <paramref name="values"/> (JSON is YAML) to a new file only its owner can read.</summary>
    public static async Task<string> WriteAsync(string workspace, string name, JsonObject values, CancellationToken cancellationToken)
    {
        var file = Path.Combine(workspace, name);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }
        await using var stream = new FileStream(file, options);
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(values.ToJsonString());
        return file;
    }

    /// <summary><c>auth.password: x</c> as <c>{auth: {password: x}}</c>; later paths win over what an earlier one set.</summary>
    public static JsonObject Nest(IEnumerable<KeyValuePair<string, string>> paths)
    {
        var root = new JsonObject();
        foreach (var (path, value) in paths)
        {
            var parts = path.Split('.');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (node[part] is not JsonObject child)
                {
                    child = [];
                    node[part] = child;
                }
                node = child;
            }
            node[parts[^1]] = value;
        }
        return root;
    }

    /// <summary>Removes a values file, whatever happened to the step; the workspace goes later, unless kept.</summary>
    public static void Delete(string? file)
    {
        if (file is not null)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The workspace holding it is private to the step and removed with it.
            }
        }
    }
}
