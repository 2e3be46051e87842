using Innominatus.WorkflowService.Resources;

namespace Innominatus.WorkflowService.Applications;

/// <summary>A resource a revision touches, and the provider operation that must run for it.</summary>
public sealed record ResourceChange(ResourceInstance Resource, string Operation, bool IsNew, ResourceTransition? Transition);
