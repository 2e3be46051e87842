namespace Innominatus.Web.Gateway.Models;

/// <summary>One component of the demo platform; <see cref="Credentials"/> says where its Secret is, never its values.</summary>
public sealed record DemoComponentView(
    string Name, string Description, string Namespace, string State, string? Revision, string? Url, string HealthCheck,
    IReadOnlyList<string> DependsOn, DemoCredentialsView? Credentials, DemoHealthView? Health, string? Error);
