namespace Innominatus.UnitTests.Providers;

/// <summary>Finds the read-only reference data (score-k8s provisioners) by walking up from the test binaries.</summary>
public static class SharedReference
{
    public static string ScoreK8sProvisioners => Path.Combine(Root(), "shared", "score", "provisioners", "score-k8s__zz-default.provisioners.yaml");

    private static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "shared", "score", "provisioners")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No shared/score/provisioners above {AppContext.BaseDirectory}");
    }
}
