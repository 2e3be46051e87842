namespace Innominatus.Web.Gateway.Models;

/// <summary>A demo run started (<c>POST /api/demo/time</c> or <c>/nuke</c>): followed like any run.</summary>
public sealed record DemoRunAccepted(Guid WorkflowRunId, string Kind, IReadOnlyList<string> Components);
