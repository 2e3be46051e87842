namespace Innominatus.DemoService.Installation;

/// <summary>
/// The label demo-time puts on the namespaces it creates; demo-nuke acts only in catalogue namespaces that carry it.
/// </summary>
public static class DemoLabels
{
    public const string Demo = "innominatus.dev/demo";
    public const string Selector = Demo + "=true";

    public const string ManagedBy = "app.kubernetes.io/managed-by";
}
