using System.Text;

namespace Innominatus.UnitTests.Demo;

/// <summary>Small catalogues written for the tests.</summary>
public static class Catalogues
{
    public static string Text(params (string Name, string[] DependsOn)[] components)
    {
        var text = new StringBuilder("components:\n");
        foreach (var (name, dependsOn) in components)
        {
            text.Append($"  - name: {name}\n    namespace: demo-{name}\n")
                .Append($"    chart: {{repo: \"https://charts.example.test\", name: {name}, version: 1.0.0}}\n")
                .Append($"    health: {{deployment: {name}}}\n")
                .Append($"    dependsOn: [{string.Join(", ", dependsOn)}]\n");
        }
        return text.ToString();
    }
}
