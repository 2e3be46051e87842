using Innominatus.Contracts.Workflows;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <param name="Redelivered">The broker gave the message again (its consumer died): a running step may be taken over.</param>
public sealed record ClaimRequest(ExecuteStep Message, bool Redelivered);
