namespace Innominatus.Manifests;

/// <summary>A file of the output folder: its name (no folders) and its full text.</summary>
internal sealed record GeneratedFile(string Name, string Content);
