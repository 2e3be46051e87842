namespace Innominatus.KubernetesTests.Infrastructure;

/// <summary>Paths inside the clone, found from the test assembly's folder upwards.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Chart => Path.Combine(Root, "charts", "innominatus");

    public static string ProductionValues => Path.Combine(Chart, "values-production.yaml");

    public static string Manifests => Path.Combine(Root, "manifests");

    public static string Eng(string script) => Path.Combine(Root, "eng", script);

    public static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Innominatus.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Innominatus.sln above {AppContext.BaseDirectory}.");
    }
}
