namespace Innominatus.Web.Gateway.Models;

public sealed record DemoCredentialsView(string Namespace, string Secret, IReadOnlyList<string> Keys);
