namespace Innominatus.CliTests.Infrastructure;

public static class Names
{
    /// <summary>An application name no other test uses (the tests share one service).</summary>
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
}
