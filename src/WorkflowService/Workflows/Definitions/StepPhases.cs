namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>The phases a workflow runs in, in this order; a step without a phase runs in deploy.</summary>
public static class StepPhases
{
    public const string Pre = "pre";
    public const string Deploy = "deploy";
    public const string Post = "post";

    private static readonly string[] Ordered = [Pre, Deploy, Post];

    public static IReadOnlyList<string> InOrder => Ordered;

    /// <summary>0 for pre, 1 for deploy, 2 for post; -1 for anything else.</summary>
    public static int Order(string phase) => Array.IndexOf(Ordered, phase);
}
