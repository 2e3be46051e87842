namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>A definition (or validated value) when valid, otherwise every error found; Value is null when there are errors.</summary>
public sealed record DefinitionResult<T>(T? Value, IReadOnlyList<DefinitionError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
