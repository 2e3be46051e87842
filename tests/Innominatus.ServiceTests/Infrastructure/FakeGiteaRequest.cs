namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>A call <see cref="FakeGitea"/> received, as it arrived.</summary>
public sealed record FakeGiteaRequest(string Method, string PathAndQuery, string? Authorization, string IdempotencyKey, string Body);
