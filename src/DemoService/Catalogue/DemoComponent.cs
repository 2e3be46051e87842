using System.Text.Json.Nodes;

namespace Innominatus.DemoService.Catalogue;

/// <summary>One component of the demo platform as the catalogue describes it; its helm release is named after it.</summary>
public sealed record DemoComponent
{
    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public string Namespace { get; init; } = "";

    public ComponentChart Chart { get; init; } = new();

    public JsonObject Values { get; init; } = [];

    /// <summary>Value path (such as <c>adminPassword</c>) → key of the component's credentials Secret.</summary>
    public Dictionary<string, string> SecretValues { get; init; } = [];

    /// <summary>Where the component answers, a <c>*.localtest.me</c> host; none for components without a UI.</summary>
    public string? Host { get; init; }

    public ComponentHealth Health { get; init; } = new();

    public List<string> DependsOn { get; init; } = [];

    public ComponentCredentials? Credentials { get; init; }

    /// <summary>Grafana dashboards shipped with the demo (<see cref="DemoDashboards"/>) to put into the chart's values.</summary>
    public List<string> Dashboards { get; init; } = [];

    /// <summary>A Keycloak realm shipped with the demo (<see cref="DemoRealms"/>) that this component imports at start.</summary>
    public string? Realm { get; init; }

    /// <summary>This component signs its users in at the realm of another component.</summary>
    public ComponentSingleSignOn? SingleSignOn { get; init; }

    public string Url => Host is null ? "" : $"http://{Host}{Health.Path ?? "/"}";
}
