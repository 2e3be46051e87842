namespace Innominatus.Cli;

/// <summary>The user's config folder for innominatus: $XDG_CONFIG_HOME/innominatus, else ~/.config/innominatus (%APPDATA% on Windows).</summary>
public static class ConfigFolder
{
    public static string Resolve(Func<string, string?> environment)
    {
        if (environment("XDG_CONFIG_HOME") is { Length: > 0 } xdg)
        {
            return Path.Combine(xdg, "innominatus");
        }
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "innominatus");
        }
        var home = environment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".config", "innominatus");
    }
}
