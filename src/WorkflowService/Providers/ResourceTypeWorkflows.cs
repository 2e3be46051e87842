namespace Innominatus.WorkflowService.Providers;

/// <summary>Workflow names per operation; <see cref="Update"/> is the create workflow unless the manifest names one.</summary>
public sealed record ResourceTypeWorkflows(string Create, string Update, string Delete)
{
    public string For(ResourceOperation operation) => operation switch
    {
        ResourceOperation.Create => Create,
        ResourceOperation.Update => Update,
        ResourceOperation.Delete => Delete,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
