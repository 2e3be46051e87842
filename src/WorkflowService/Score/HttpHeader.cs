namespace Innominatus.WorkflowService.Score;

/// <summary>A header sent with an HTTP probe.</summary>
public sealed record HttpHeader(string Name, string Value);
