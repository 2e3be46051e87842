using Innominatus.Tests;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>Charts written for the tests, laid out where helm steps find them.</summary>
public static class TestCharts
{
    /// <summary>
    /// A new folder to serve as <c>Workspaces:Root</c>, holding tests/TestData/helm/settings-chart at charts/settings,
    /// readable by the unprivileged user the steps run as.
    /// </summary>
    public static string SettingsChartRoot(string prefix)
    {
        var root = Directory.CreateTempSubdirectory(prefix).FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        }
        var source = TestDataFolder.File("helm", "settings-chart");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "charts", "settings", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return root;
    }
}
