namespace Innominatus.WorkflowService.Resources;

public sealed record ResourceSummary(Guid Id, string Name, string Type, string Provider, string State, string DesiredOperation, int Revision)
{
    public static ResourceSummary From(ResourceInstance r) => new(r.Id, r.Name, r.Type, r.Provider, r.State, r.DesiredOperation, r.Revision);
}
