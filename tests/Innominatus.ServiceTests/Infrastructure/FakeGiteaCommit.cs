namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>A commit <see cref="FakeGitea"/> made for a write through its contents API.</summary>
public sealed record FakeGiteaCommit(string Sha, string Branch, string Path, string Message);
