namespace Innominatus.DemoService.Apis;

/// <summary>POST /api/demo/time: the components wanted (and what they need); none: all of them.</summary>
public sealed record DemoTimeRequest(IReadOnlyList<string>? Components);

/// <summary>POST /api/demo/nuke: must say <c>confirm: true</c>.</summary>
public sealed record DemoNukeRequest(bool? Confirm);

/// <summary>A demo run started: follow it like any run under /api/workflows/{id}.</summary>
public sealed record DemoRunAccepted(Guid WorkflowRunId, string Kind, IReadOnlyList<string> Components);
