namespace Innominatus.DemoService.Status;

/// <summary>Where a component's generated credentials are: a Secret and its keys (never the values).</summary>
public sealed record CredentialsLocation(string Namespace, string Secret, IReadOnlyList<string> Keys);
