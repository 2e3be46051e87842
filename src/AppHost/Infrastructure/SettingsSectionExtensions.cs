namespace Innominatus.AppHost.Infrastructure;

public static class SettingsSectionExtensions
{
    /// <summary>
    /// Hands the AppHost's own settings under <paramref name="section"/> (its command line, appsettings or environment)
    /// to the service, in run mode only: <c>dotnet run --project src/AppHost -- --Web:Live:FallbackRefreshSeconds=60</c>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSettingsSection(this IResourceBuilder<ProjectResource> project, IConfiguration configuration, string section)
    {
        if (!project.ApplicationBuilder.ExecutionContext.IsRunMode)
        {
            return project;
        }
        foreach (var (key, value) in configuration.GetSection(section).AsEnumerable().Where(s => s.Value is not null))
        {
            project.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
        }
        return project;
    }
}
