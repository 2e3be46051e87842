namespace Innominatus.DemoService.Installation;

/// <summary>The step names of the demo workflows, which demo-status reads back from the runs.</summary>
public static class StepNames
{
    public static string Namespace(string ns) => $"namespace-{ns}";

    public static string Credentials(string component) => $"credentials-{component}";

    /// <summary>The ConfigMap with the realm a component imports at start.</summary>
    public static string Realm(string component) => $"realm-{component}";

    /// <summary>The Secret with a component's single-sign-on client id and secret, in its own namespace.</summary>
    public static string SingleSignOn(string component) => $"sso-{component}";

    public static string Install(string component) => $"install-{component}";

    public static string Uninstall(string component) => $"uninstall-{component}";

    public static string DeleteNamespace(string ns) => $"delete-namespace-{ns}";

    public const string PlatformConfigRepo = "platform-config-repo";

    public const string PlatformConfigApp = "platform-config-app";
}
