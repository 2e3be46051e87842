using System.Text.Json.Nodes;
using Innominatus.DemoService.Catalogue;

namespace Innominatus.DemoService.Installation;

/// <summary>
/// The demo-time steps that wire single sign-on: the realm a component imports becomes a ConfigMap in its namespace
/// (its chart values mount it), and each component that signs in at that realm gets its client's id and generated
/// secret as a Secret in its own namespace, copied from the provider's credentials step's outputs (declared secret
/// by the engine, so the value is masked wherever the run is shown). Generating the secret again in each namespace
/// would give Keycloak and the component different values.
/// </summary>
public static class SingleSignOnSteps
{
    public static IEnumerable<JsonObject> For(IReadOnlyList<DemoComponent> components)
    {
        foreach (var c in components.Where(c => c.Realm is not null))
        {
            yield return DemoWorkflows.Step(StepNames.Realm(c.Name), "kubernetes", [StepNames.Namespace(c.Namespace)], new JsonObject
            {
                ["namespace"] = c.Namespace,
                ["createNamespace"] = false,
                ["manifest"] = Escaped(RealmConfigMap(c)),
            });
        }
        foreach (var c in components.Where(c => c.SingleSignOn is not null))
        {
            var provider = components.First(p => p.Name == c.SingleSignOn!.Provider);
            yield return DemoWorkflows.Step(StepNames.SingleSignOn(c.Name), "kubernetes",
                [StepNames.Namespace(c.Namespace), StepNames.Credentials(provider.Name)], new JsonObject
                {
                    ["namespace"] = c.Namespace,
                    ["createNamespace"] = false,
                    ["manifest"] = ClientSecret(c, provider),
                });
        }
    }

    /// <summary>The steps a component's install waits for besides its namespace, credentials and dependencies.</summary>
    public static IEnumerable<string> Needs(DemoComponent c)
    {
        if (c.Realm is not null)
            yield return StepNames.Realm(c.Name);
        if (c.SingleSignOn is not null)
            yield return StepNames.SingleSignOn(c.Name);
    }

    private static string RealmConfigMap(DemoComponent c) => new JsonObject
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject { ["name"] = DemoRealms.ConfigMap(c) },
        ["data"] = new JsonObject { [c.Realm + ".json"] = DemoRealms.Json(c.Realm!) },
    }.ToJsonString();

    private static string ClientSecret(DemoComponent c, DemoComponent provider)
    {
        var sso = c.SingleSignOn!;
        var metadata = new JsonObject { ["name"] = sso.Secret };
        if (sso.Labels.Count > 0)
            metadata["labels"] = new JsonObject(sso.Labels.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value)));
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Secret",
            ["metadata"] = metadata,
            ["type"] = "Opaque",
            ["stringData"] = new JsonObject
            {
                [ComponentSingleSignOn.ClientIdKey] = sso.Client,
                [ComponentSingleSignOn.ClientSecretKey] = $"${{steps.{StepNames.Credentials(provider.Name)}.outputs.{ComponentSingleSignOn.CredentialsKey(sso.Client)}}}",
            },
        }.ToJsonString();
    }

    /// <summary>Keycloak's own <c>${ENV_VAR}</c> placeholders must reach it as written, not be filled in by the engine.</summary>
    private static string Escaped(string text) => text.Replace("${", "$${", StringComparison.Ordinal);
}
