using System.Text.RegularExpressions;

namespace Innominatus.DemoService.Catalogue;

/// <summary>
/// What the realm and single-sign-on entries must say for demo-time to wire them: a realm that is shipped, imported by
/// a component with credentials; a client of that realm whose secret the provider's credentials generate, and the
/// provider among the component's dependencies, so <c>--component</c> brings Keycloak along and installs it first.
/// </summary>
public static partial class SingleSignOnRules
{
    public static IEnumerable<string> Problems(IReadOnlyList<DemoComponent> components)
    {
        foreach (var c in components.Where(c => c.Realm is not null))
        {
            if (!DemoRealms.Names.Contains(c.Realm!))
                yield return $"component '{c.Name}': realm '{c.Realm}' is not shipped with the demo (Catalogue/realms/{c.Realm}.json)";
            else if (c.Credentials is null)
                yield return $"component '{c.Name}': realm '{c.Realm}' needs credentials to generate its client secrets and passwords";
        }
        foreach (var c in components.Where(c => c.SingleSignOn is not null))
        {
            var sso = c.SingleSignOn!;
            var at = $"component '{c.Name}': singleSignOn";
            var provider = components.FirstOrDefault(p => p.Name == sso.Provider);
            if (provider?.Realm is null)
            {
                yield return $"{at} names provider '{sso.Provider}', which is no component with a realm";
                continue;
            }
            if (!c.DependsOn.Contains(provider.Name))
                yield return $"{at}: the component must depend on its provider '{provider.Name}'";
            if (provider.Credentials?.Keys.Contains(ComponentSingleSignOn.CredentialsKey(sso.Client)) != true)
                yield return $"{at}: the credentials of '{provider.Name}' have no key '{ComponentSingleSignOn.CredentialsKey(sso.Client)}' for client '{sso.Client}'";
            if (!SecretName().IsMatch(sso.Secret))
                yield return $"{at}: secret '{sso.Secret}' is not a Secret name (a DNS label)";
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex SecretName();
}
