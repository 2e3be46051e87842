namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>A problem in a workflow definition or its parameters, at a JSON path such as <c>$.steps[1].dependsOn[0]</c>.</summary>
public sealed record DefinitionError(string Path, string Message, int? Line = null)
{
    public override string ToString() => Line is null ? $"{Path}: {Message}" : $"{Path} (line {Line}): {Message}";
}
