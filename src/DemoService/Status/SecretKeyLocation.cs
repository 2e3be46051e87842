namespace Innominatus.DemoService.Status;

/// <summary>Where one generated value is: a key of a Secret (never the value).</summary>
public sealed record SecretKeyLocation(string Namespace, string Secret, string Key);
