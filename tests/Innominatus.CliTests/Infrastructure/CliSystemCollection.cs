namespace Innominatus.CliTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class CliSystemCollection : ICollectionFixture<CliSystem>
{
    public const string Name = "CLI against the system";
}
