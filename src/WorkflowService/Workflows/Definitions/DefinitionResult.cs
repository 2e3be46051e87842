namespace Innominatus.WorkflowService.Workflows.Definitions;

public sealed record DefinitionResult<T>(T? Value, IReadOnlyList<DefinitionError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
