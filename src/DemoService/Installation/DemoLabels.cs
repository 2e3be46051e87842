namespace Innominatus.DemoService.Installation;

/// <summary>The label demo-time puts on the namespaces it creates; demo-nuke deletes only catalogue namespaces.</summary>
public static class DemoLabels
{
    public const string Demo = "innominatus.dev/demo";
    public const string ManagedBy = "app.kubernetes.io/managed-by";
}
