namespace Innominatus.Tests;

/// <summary>
/// Where the tests find their files. Test data the tests own is in the repository's tests/TestData, so a clone of the
/// repository alone passes; the reference material beside the checkout (../shared) is only there for the tests that
/// compare with it, which report themselves skipped where it is absent (CI has it).
/// </summary>
public static class TestDataFolder
{
    private static readonly Lazy<string> Root = new(() => Above(Path.Combine("tests", "TestData"))
        ?? throw new DirectoryNotFoundException("tests/TestData not found above " + AppContext.BaseDirectory));

    /// <summary>A path under tests/TestData, such as <c>Path("score", "schema", "score-v1b1.json")</c>.</summary>
    public static string File(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    /// <summary>The reference folder beside the checkout, or null where the clone stands alone.</summary>
    public static string? Shared { get; } = Above("shared");

    /// <summary>Why a test that compares with ../shared is skipped, or null when the folder is there.</summary>
    public static string? SharedSkipReason(params string[] parts) =>
        Shared is not null && Path.Exists(Path.Combine([Shared, .. parts]))
            ? null
            : $"the reference material ../shared/{string.Join('/', parts)} is not beside this checkout (CI has it)";

    private static string? Above(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
