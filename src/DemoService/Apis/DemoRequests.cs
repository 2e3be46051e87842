namespace Innominatus.DemoService.Apis;

/// <summary>POST /api/demo/time: the components wanted (and what they need); none: all of them.</summary>
public sealed record DemoTimeRequest(IReadOnlyList<string>? Components);

/// <summary>POST /api/demo/nuke: must say <c>confirm: true</c>.</summary>
public sealed record DemoNukeRequest(bool? Confirm);

/// <summary>POST /api/demo/reset: must say <c>confirm: true</c>.</summary>
public sealed record DemoResetRequest(bool? Confirm);

/// <summary>What demo-reset deleted from the workflow database: demo runs, their steps and their log lines.</summary>
public sealed record DemoReset(int Runs, int Steps, int LogLines);

/// <summary>A demo run started: follow it like any run under /api/workflows/{id}.</summary>
public sealed record DemoRunAccepted(Guid WorkflowRunId, string Kind, IReadOnlyList<string> Components);
