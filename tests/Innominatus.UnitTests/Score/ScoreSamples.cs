using Innominatus.Tests;

namespace Innominatus.UnitTests.Score;

/// <summary>The Score samples and the official schema, kept in the repository's tests/TestData/score.</summary>
public static class ScoreSamples
{
    private static readonly Lazy<string> Root = new(() => TestDataFolder.File("score"));

    public static string SchemaPath => Path.Combine(Root.Value, "schema", "score-v1b1.json");

    public static TheoryData<string> Valid => Files("valid");

    public static TheoryData<string> Invalid => Files("invalid");

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root.Value, "samples", relativePath));

    /// <summary>Sample names relative to the samples folder, such as <c>valid/spec__samples-score-full.yaml</c>.</summary>
    public static IReadOnlyList<string> Names(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(Root.Value, "samples", folder), "*.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        return files.Select(file => $"{folder}/{Path.GetFileName(file)}").ToList();
    }

    private static TheoryData<string> Files(string folder) => new(Names(folder));
}
