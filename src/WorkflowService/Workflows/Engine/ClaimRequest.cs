using Innominatus.Contracts.Workflows;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <param name="Redelivered">
/// The broker gave the message again. It matters only for a step claimed before claims had leases (a running row
/// without one): its redelivered message takes it over, as then. A step under a lease is taken over only once the lease passes.
/// </param>
public sealed record ClaimRequest(ExecuteStep Message, bool Redelivered);
