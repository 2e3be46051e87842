using System.Text.RegularExpressions;

namespace Innominatus.DemoService.Catalogue;

/// <summary>What <c>platformConfig</c> must say for demo-time to seed and sync the repository.</summary>
public static partial class PlatformConfigRules
{
    public static IEnumerable<string> Problems(PlatformConfig? config, IReadOnlyList<DemoComponent> components)
    {
        if (config is null)
            yield break;
        var gitea = components.FirstOrDefault(c => c.Name == config.Gitea);
        var argocd = components.FirstOrDefault(c => c.Name == config.Argocd);
        if (gitea is null)
            yield return $"platformConfig.gitea names unknown component '{config.Gitea}'";
        else if (gitea.Credentials?.Keys.Contains(config.PasswordKey) != true)
            yield return $"platformConfig.passwordKey '{config.PasswordKey}' is not a key of component '{gitea.Name}''s credentials";
        else if (gitea.Host is null)
            yield return $"platformConfig: component '{gitea.Name}' needs a host (demo-time reaches Gitea there outside a cluster)";
        if (argocd is null)
            yield return $"platformConfig.argocd names unknown component '{config.Argocd}'";
        // So that `demo-time --component argocd` brings the repository its root Application syncs.
        else if (!argocd.DependsOn.Contains(config.Gitea))
            yield return $"platformConfig: component '{argocd.Name}' must depend on '{config.Gitea}', whose repository it syncs";
        if (!Name().IsMatch(config.Owner) || !Name().IsMatch(config.Repository))
            yield return "platformConfig needs an owner (the Gitea admin user) and a repository, each of letters, digits, '-', '_' and '.'";
        if (!Name().IsMatch(config.Service.Name) || config.Service.Port is < 1 or > 65535)
            yield return "platformConfig.service needs Gitea's http Service name and port";
    }

    [GeneratedRegex("^[A-Za-z0-9][-A-Za-z0-9_.]{0,99}$")]
    private static partial Regex Name();
}
