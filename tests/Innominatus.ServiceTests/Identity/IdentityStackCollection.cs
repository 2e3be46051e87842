namespace Innominatus.ServiceTests.Identity;

[CollectionDefinition(Name)]
public sealed class IdentityStackCollection : ICollectionFixture<IdentityStack>
{
    public const string Name = "identity stack";
}
