using k8s;

namespace Innominatus.KubernetesTests.Infrastructure;

public sealed record RenderedObject(string ApiVersion, string Kind, string Name, string Yaml)
{
    public T As<T>() => KubernetesYaml.Deserialize<T>(Yaml);
}
