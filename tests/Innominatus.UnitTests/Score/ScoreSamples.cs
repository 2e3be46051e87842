namespace Innominatus.UnitTests.Score;

/// <summary>
/// The shared Score samples and schema. The repository clone has the shared folder beside it (here /work/shared, in
/// CI wherever the clone is), so it is found by walking up from the test assembly.
/// </summary>
public static class ScoreSamples
{
    private const string SchemaRelativePath = "shared/score/schema/score-v1b1.json";

    private static readonly Lazy<string> Root = new(FindScoreFolder);

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

    private static string FindScoreFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SchemaRelativePath)))
                return Path.Combine(directory.FullName, "shared", "score");
        }
        throw new DirectoryNotFoundException($"No directory above {AppContext.BaseDirectory} contains {SchemaRelativePath}.");
    }
}
