namespace Innominatus.DemoService.Catalogue;

/// <summary>
/// The files demo-time commits to the platform-config repository, shipped in this assembly
/// (<c>Catalogue/platform-config/**</c>): the root Application (<see cref="Root"/>), the Applications under
/// <c>apps/</c> and their values. <c>{{repoURL}}</c> and <c>{{argocdNamespace}}</c> are filled in per installation
/// (not <c>${…}</c>, which the engine would take for its own placeholders).
/// </summary>
public static class PlatformConfigFiles
{
    public const string Root = "root.yaml";

    private const string Prefix = "Innominatus.DemoService.PlatformConfig/";

    /// <summary>Repository path → text, in path order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(string repoUrl, string argocdNamespace) =>
        [.. typeof(PlatformConfigFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => KeyValuePair.Create(n[Prefix.Length..].Replace('\\', '/'), Read(n)
                .Replace("{{repoURL}}", repoUrl, StringComparison.Ordinal)
                .Replace("{{argocdNamespace}}", argocdNamespace, StringComparison.Ordinal)))];

    private static string Read(string resource)
    {
        using var stream = typeof(PlatformConfigFiles).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
