namespace Innominatus.DemoService.Status;

/// <summary>A user of the demo realm, with the realm roles and groups Innominatus reads as roles and teams.</summary>
public sealed record DemoUser(string Username, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups, SecretKeyLocation? Password);
