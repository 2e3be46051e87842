namespace Innominatus.WorkflowService.Outbox;

/// <summary>A relay round that left events unpublished (the broker refused or did not answer); they stay in the outbox.</summary>
public sealed class OutboxPublishFailedException(string failure) : Exception(failure);
