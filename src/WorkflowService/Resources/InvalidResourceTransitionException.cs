namespace Innominatus.WorkflowService.Resources;

public sealed class InvalidResourceTransitionException(string resource, string from, string to)
    : InvalidOperationException($"Resource '{resource}' cannot move from {from} to {to}; from {from} it may move to {string.Join(", ", ResourceStateMachine.NextStates(from))}.");
