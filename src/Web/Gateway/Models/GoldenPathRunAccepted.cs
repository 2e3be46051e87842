namespace Innominatus.Web.Gateway.Models;

public sealed record GoldenPathRunAccepted(Guid RunId, string GoldenPath, DateTimeOffset RequestedAt, Guid? WorkflowRunId);
