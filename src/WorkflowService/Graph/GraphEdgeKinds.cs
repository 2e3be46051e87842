namespace Innominatus.WorkflowService.Graph;

public static class GraphEdgeKinds
{
    /// <summary>application → revision.</summary>
    public const string HasRevision = "has-revision";

    /// <summary>revision → resource: the revision that last added or changed the resource.</summary>
    public const string Declares = "declares";

    /// <summary>resource → run, or application → run for runs that belong to no single resource.</summary>
    public const string RunBy = "run-by";

    /// <summary>run → step.</summary>
    public const string HasStep = "has-step";

    /// <summary>step → step and resource → resource: the source waits for, or reads from, the target.</summary>
    public const string DependsOn = "depends-on";
}
