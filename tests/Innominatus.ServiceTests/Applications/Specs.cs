using System.Net;
namespace Innominatus.ServiceTests.Applications;

/// <summary>Score specs the application tests submit.</summary>
public static class Specs
{
    public static string Web(string name, string dbStorage = "1Gi", bool withCache = true) => $$"""
        apiVersion: score.dev/v1b1
        metadata:
          name: {{name}}
        containers:
          web:
            image: nginx:1.27
            variables:
              DATABASE_HOST: ${resources.db.host}
              DATABASE_PORT: ${resources.db.port}
        service:
          ports:
            www:
              port: 80
              targetPort: 8080
        resources:
          db:
            type: postgres
            params:
              storage: {{dbStorage}}
        {{(withCache ? "  cache:\n    type: redis\n" : "")}}
        """;

    public static string WithType(string name, string type) => $$"""
        apiVersion: score.dev/v1b1
        metadata:
          name: {{name}}
        containers:
          web:
            image: nginx:1.27
        resources:
          thing:
            type: {{type}}
        """;

    public static string ManyResources(string name, int count)
    {
        var resources = string.Concat(Enumerable.Range(0, count).Select(i => $"  r{i}:\n    type: redis\n"));
        return $"apiVersion: score.dev/v1b1\nmetadata:\n  name: {name}\ncontainers:\n  web:\n    image: nginx\nresources:\n{resources}";
    }

    public static string DeeplyNested(string name, int depth) =>
        $"apiVersion: score.dev/v1b1\nmetadata:\n  name: {name}\ncontainers:\n  web:\n    image: nginx\nresources:\n  db:\n    type: postgres\n    params:\n      x: {new string('[', depth)}{new string(']', depth)}\n";
}
