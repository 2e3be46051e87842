namespace Innominatus.KubernetesTests.InCluster;

[CollectionDefinition(Name)]
public sealed class InClusterCollection : ICollectionFixture<InstalledRelease>
{
    public const string Name = "in-cluster";
}
