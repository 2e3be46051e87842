using Innominatus.WorkflowService.Workflows;

namespace Innominatus.WorkflowService.Applications;

/// <summary>
/// A resource's params checked against the workflow its change would run, at submission: a typo is refused with the
/// spec, rather than stored and found later by a failing run.
/// </summary>
public static class ResourceParameterCheck
{
    public static List<string> Errors(IEnumerable<ResourceChange> changes, ProviderLookup providers)
    {
        var errors = new List<string>();
        foreach (var change in changes)
        {
            var definition = providers.WorkflowFor(change.Resource.Type, change.Operation)!;
            var validated = ResourceWorkflowParameters.Validate(change.Resource.Parameters.RootElement, change.Resource, definition, change.Operation, $"resources.{change.Resource.Name}.params");
            errors.AddRange(validated.Errors.Select(e => $"{e.Path}: {e.Message}"));
        }
        return errors;
    }
}
