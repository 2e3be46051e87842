namespace Innominatus.Bench.Scenarios.Gateway;

/// <summary>One way to reach a route: a client (with the credential that path needs) and the path it sends.</summary>
public sealed record GatewayPath(string Name, HttpClient Client, string Path);
