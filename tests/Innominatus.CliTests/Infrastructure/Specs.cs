namespace Innominatus.CliTests.Infrastructure;

/// <summary>Score specs the tests deploy, written to files as a developer would have them.</summary>
public static class Specs
{
    public static string Write(string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("innominatus-spec-").FullName, "score.yaml");
        File.WriteAllText(path, content);
        return path;
    }

    public static string WithResource(string name, string type) => $"""
        apiVersion: score.dev/v1b1
        metadata:
          name: {name}
        containers:
          web:
            image: nginx:1.27
        resources:
          db:
            type: {type}
        """;

    /// <summary>Three errors, on lines 3, 6 and 13.</summary>
    public const string Invalid = """
        apiVersion: score.dev/v1b1
        metadata:
          name: Not_A_Name
        containers:
          web:
            imag: nginx:1.27
        resources:
          db:
            type: postgres
        service:
          ports:
            www:
              port: 70000
        """;
}
