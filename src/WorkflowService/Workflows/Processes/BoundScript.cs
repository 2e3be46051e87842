namespace Innominatus.WorkflowService.Workflows.Processes;

/// <summary>A script whose placeholders became references to <see cref="Values"/>, passed to it as environment variables.</summary>
public sealed record BoundScript(string Script, IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Problems);
