namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>The step types the engine knows; any other type is a validation error.</summary>
public static class StepTypes
{
    public const string Kubernetes = "kubernetes";
    public const string ScoreWorkload = "score-workload";
    public const string ArgoCdApp = "argocd-app";
    public const string GiteaRepo = "gitea-repo";
    public const string Http = "http";
    public const string Script = "script";
    public const string Policy = "policy";
    public const string Terraform = "terraform";
    public const string Ansible = "ansible";
    public const string Helm = "helm";
    public const string Approval = "approval";
    public const string Noop = "noop";

    public static IReadOnlyList<string> All { get; } =
        [Kubernetes, ScoreWorkload, ArgoCdApp, GiteaRepo, Http, Script, Policy, Terraform, Ansible, Helm, Approval, Noop];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
