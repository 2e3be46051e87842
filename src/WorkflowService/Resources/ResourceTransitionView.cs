namespace Innominatus.WorkflowService.Resources;

public sealed record ResourceTransitionView(string From, string To, string Reason, string Actor, DateTimeOffset At);
