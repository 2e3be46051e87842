using Innominatus.Manifests;

namespace Innominatus.KubernetesTests.Manifests;

/// <summary>The generator on a small hand-written Aspire manifest.</summary>
public sealed class GeneratorTests
{
    private const string Manifest = """
        {
          "resources": {
            "db": { "type": "container.v0", "image": "docker.io/library/postgres:18.3",
                    "connectionString": "Host={db.bindings.tcp.host};Port={db.bindings.tcp.port};Password={db-password.value}",
                    "env": { "POSTGRES_PASSWORD": "{db-password.value}" },
                    "bindings": { "tcp": { "scheme": "tcp", "protocol": "tcp", "transport": "tcp", "targetPort": 5432 } } },
            "api-service": { "type": "project.v0", "path": "x.csproj",
                    "env": { "ConnectionStrings__db": "{db.connectionString};Database=app",
                             "PEER": "{api-service.bindings.https.url}",
                             "HTTP_PORTS": "{api-service.bindings.http.targetPort}" },
                    "bindings": { "http": { "scheme": "http", "protocol": "tcp", "transport": "http" },
                                  "https": { "scheme": "https", "protocol": "tcp", "transport": "http" } } },
            "db-password": { "type": "parameter.v0", "value": "{db-password.inputs.value}",
                    "inputs": { "value": { "type": "string", "secret": true } } }
          }
        }
        """;

    [Fact]
    public void Same_manifest_gives_the_same_bytes()
    {
        var first = ManifestGenerator.Generate(Manifest, "1.0.0");
        var second = ManifestGenerator.Generate(Manifest, "1.0.0");

        Assert.Equal(first, second);
        Assert.Equal(["api-service.yaml", "db.yaml", "kustomization.yaml", "README.md"], first.Select(f => f.Name));
    }

    [Fact]
    public void Documents_are_separated_and_end_with_a_newline()
    {
        var api = ManifestGenerator.Generate(Manifest, "1.0.0").Single(f => f.Name == "api-service.yaml").Content;

        Assert.Contains("\n---\napiVersion: v1\nkind: Service\n", api);
        Assert.EndsWith("\n", api);
    }

    [Fact]
    public void Parameters_become_secret_references_and_https_endpoints_are_dropped()
    {
        var api = ManifestGenerator.Generate(Manifest, "1.0.0").Single(f => f.Name == "api-service.yaml").Content;

        Assert.Contains("value: Host=db;Port=5432;Password=$(SECRET_DB_PASSWORD);Database=app", api);
        Assert.Contains("- name: SECRET_DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              key: db-password\n              name: innominatus-secrets", api);
        Assert.DoesNotContain("PEER", api);
        Assert.Contains("image: innominatus/api:1.0.0", api);
        Assert.Contains("value: \"8080\"", api);
    }

    [Fact]
    public void Readme_lists_every_secret_key_to_create()
    {
        var readme = ManifestGenerator.Generate(Manifest, "1.0.0").Single(f => f.Name == "README.md").Content;

        Assert.Contains("kubectl create secret generic innominatus-secrets -n innominatus --from-literal=db-password=", readme);
    }

    [Fact]
    public void Container_image_without_a_known_non_root_account_is_refused()
    {
        var unknown = Manifest.Replace("docker.io/library/postgres:18.3", "docker.io/library/redis:7", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidOperationException>(() => ManifestGenerator.Generate(unknown, "1.0.0"));
        Assert.Contains("redis", error.Message);
    }
}
