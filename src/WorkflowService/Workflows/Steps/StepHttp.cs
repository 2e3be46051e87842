namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>The HttpClient of <c>http</c> and <c>gitea-repo</c> steps: egress-checked, redirects followed by the engine.</summary>
public static class StepHttp
{
    public const string ClientName = "workflow-steps";
}
