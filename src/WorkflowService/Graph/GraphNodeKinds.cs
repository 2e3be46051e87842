namespace Innominatus.WorkflowService.Graph;

public static class GraphNodeKinds
{
    public const string Application = "application";
    public const string Revision = "revision";
    public const string Resource = "resource";
    public const string Run = "run";
    public const string Step = "step";
}
