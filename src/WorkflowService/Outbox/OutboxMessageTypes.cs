using Innominatus.Contracts.Applications;

namespace Innominatus.WorkflowService.Outbox;

/// <summary>Outbox rows name their contract; only types from the contracts assembly may be published.</summary>
public static class OutboxMessageTypes
{
    public static Type Resolve(string fullName) =>
        typeof(ApplicationSubmitted).Assembly.GetType(fullName, throwOnError: false)
        ?? throw new InvalidOperationException($"Outbox message type '{fullName}' is not a contract of Innominatus.Contracts.");
}
