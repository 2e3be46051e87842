namespace Innominatus.WorkflowService.Workflows.Planning;

/// <summary>What submitting a spec would do: the revision it would become and every resource workflow it would run.</summary>
public sealed record ApplicationPlan(string Application, int Revision, bool Valid, IReadOnlyList<ResourceChangePlan> Changes, IReadOnlyList<string> Unchanged);
