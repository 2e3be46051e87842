namespace Innominatus.Web.Gateway.Models;

public sealed record DemoRunReference(Guid WorkflowRunId, string State, DateTimeOffset CreatedAt);
