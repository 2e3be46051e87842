using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.WorkflowService.Workflows.Jobs;

/// <summary>
/// Where process steps (<c>script</c>, <c>policy</c>, <c>terraform</c>, <c>ansible</c>) run: <c>Workflows:ProcessSteps:Runner</c> is <c>local</c> (a
/// confined process on the service's machine) or <c>kubernetes-job</c> (a Job in the cluster; the default in a
/// cluster when <c>JobImage</c> is set). A Job runs <c>JobImage</c> in the workflow's <c>namespace</c> parameter's namespace, else in
/// <c>JobNamespace</c> (default: the release namespace, <c>POD_NAMESPACE</c>), as the ServiceAccount
/// <c>innominatus-step</c>, bound to <c>JobClusterRole</c> when one is set.
/// </summary>
public sealed record JobStepOptions(string Runner, string? JobImage, string? JobImagePullPolicy, string? JobClusterRole, string? JobNamespace)
{
    public const string Local = "local";
    public const string KubernetesJob = "kubernetes-job";

    public bool UsesJobs => Runner == KubernetesJob;

    public static JobStepOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Workflows:ProcessSteps");
        var image = Blank(section["JobImage"]);
        // Without an image a Job could run nothing: a deployment that sets neither keeps running steps locally.
        var runner = section["Runner"] is { Length: > 0 } configured ? configured : KubernetesConnection.InCluster(configuration) && image is not null ? KubernetesJob : Local;
        return new JobStepOptions(
            runner,
            image,
            Blank(section["JobImagePullPolicy"]),
            Blank(section["JobClusterRole"]),
            Blank(section["JobNamespace"]) ?? Blank(configuration["POD_NAMESPACE"]) ?? Blank(Environment.GetEnvironmentVariable("POD_NAMESPACE")));
    }

    /// <summary>What is wrong with the settings, checked when the service starts: a Job runner without an image could run no step.</summary>
    public IEnumerable<string> Problems()
    {
        if (Runner is not (Local or KubernetesJob))
        {
            yield return $"Workflows:ProcessSteps:Runner must be '{Local}' or '{KubernetesJob}' (got '{Runner}')";
        }
        if (UsesJobs && JobImage is null)
        {
            yield return "Workflows:ProcessSteps:JobImage is required when process steps run as Kubernetes Jobs (an image with bash and kubectl)";
        }
        if (JobImagePullPolicy is not (null or "Always" or "IfNotPresent" or "Never"))
        {
            yield return $"Workflows:ProcessSteps:JobImagePullPolicy must be Always, IfNotPresent or Never (got '{JobImagePullPolicy}')";
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
