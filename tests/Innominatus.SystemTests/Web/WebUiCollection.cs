namespace Innominatus.SystemTests.Web;

/// <summary>Every browser test class shares one started system: starting it is most of a test run's time.</summary>
[CollectionDefinition(Name)]
public sealed class WebUiCollection : ICollectionFixture<WebUiFixture>
{
    public const string Name = "Web UI";
}
