using Innominatus.KubernetesTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>
/// demo.catalogue: an operator's component catalogue reaches the demo service as the file Demo:Catalogue names (a
/// ConfigMap mounted read-only), the demo pods roll when it changes, and without it nothing is rendered, so the
/// service keeps its embedded catalogue.
/// </summary>
public sealed class DemoCatalogueTests
{
    private const string MountPath = "/etc/innominatus/demo";

    [Fact]
    public async Task Without_a_catalogue_the_demo_service_keeps_its_own()
    {
        var rendered = await Helm.TemplateAsync();

        Assert.False(rendered.Has("ConfigMap", "innominatus-demo-catalogue"));
        var demo = rendered.Get<V1Deployment>("Deployment", "innominatus-demo");
        Assert.False(Containers.HasEnv(Containers.Only(demo), "Demo__Catalogue"));
        Assert.DoesNotContain(demo.Spec.Template.Spec.Volumes, v => v.Name == "demo-catalogue");
        Assert.DoesNotContain("checksum/demo-catalogue", demo.Spec.Template.Metadata.Annotations.Keys);
    }

    [Fact]
    public async Task A_catalogue_file_reaches_only_the_demo_service_as_the_file_demo_catalogue_names()
    {
        var file = Repository.TestData("demo-catalogue.yaml");
        var rendered = await Helm.TemplateAsync("--set-file", $"demo.catalogue={file}");

        var configMap = rendered.Get<V1ConfigMap>("ConfigMap", "innominatus-demo-catalogue");
        Assert.Equal(File.ReadAllText(file), configMap.Data["components.yaml"]);
        var demo = rendered.Get<V1Deployment>("Deployment", "innominatus-demo");
        var container = Containers.Only(demo);
        Assert.Equal($"{MountPath}/components.yaml", Containers.Env(container, "Demo__Catalogue").Value);
        var mount = Assert.Single(container.VolumeMounts, m => m.Name == "demo-catalogue");
        Assert.Equal((MountPath, true), (mount.MountPath, mount.ReadOnlyProperty == true));
        Assert.Equal("innominatus-demo-catalogue", Assert.Single(demo.Spec.Template.Spec.Volumes, v => v.Name == "demo-catalogue").ConfigMap.Name);
        Assert.All(rendered.OfKind("Deployment").Where(d => d.Name != "innominatus-demo"), d =>
        {
            Assert.False(Containers.HasEnv(Containers.Only(d.As<V1Deployment>()), "Demo__Catalogue"), d.Name);
            Assert.DoesNotContain("demo-catalogue", d.Yaml);
        });
    }

    [Fact]
    public async Task A_catalogue_written_as_yaml_in_the_values_is_the_same_file_and_a_change_rolls_the_demo_pods()
    {
        var folder = Directory.CreateTempSubdirectory("demo-values-").FullName;
        var values = Path.Combine(folder, "values.yaml");
        await File.WriteAllTextAsync(values, "demo:\n  catalogue:\n" + string.Concat(File.ReadAllLines(Repository.TestData("demo-catalogue.yaml"))
            .Where(l => !l.StartsWith('#')).Select(l => $"    {l}\n")));

        var asYaml = await Helm.TemplateAsync("-f", values);
        var asText = await Helm.TemplateAsync("--set-file", $"demo.catalogue={Repository.TestData("demo-catalogue.yaml")}");
        var changedValues = values.Replace("values.yaml", "changed.yaml", StringComparison.Ordinal);
        await File.WriteAllTextAsync(changedValues, (await File.ReadAllTextAsync(values)).Replace("greeting: db", "greeting: changed", StringComparison.Ordinal));
        var changed = await Helm.TemplateAsync("-f", changedValues);
        Directory.Delete(folder, recursive: true);

        var components = Components(asYaml);
        Assert.Equal(["db", "web", "extra"], components.Select(c => c["name"].ToString()));
        Assert.Equal(Canonical(Components(asText)), Canonical(components));
        Assert.NotEqual(Checksum(asYaml), Checksum(changed));
        Assert.Equal("changed", Components(changed)[0]["values"] is IDictionary<object, object> v ? v["greeting"] : null);
    }

    private static List<Dictionary<string, object>> Components(RenderedObjects rendered) =>
        KubernetesYaml.Deserialize<Dictionary<string, List<Dictionary<string, object>>>>(
            rendered.Get<V1ConfigMap>("ConfigMap", "innominatus-demo-catalogue").Data["components.yaml"])["components"];

    private static string Checksum(RenderedObjects rendered) =>
        rendered.Get<V1Deployment>("Deployment", "innominatus-demo").Spec.Template.Metadata.Annotations["checksum/demo-catalogue"];

    /// <summary>Maps with their keys sorted: helm's toYaml sorts them, a file keeps its own order.</summary>
    private static string Canonical(object? value) => value switch
    {
        IDictionary<object, object> map => "{" + string.Join(",", map.OrderBy(e => e.Key.ToString(), StringComparer.Ordinal).Select(e => $"{e.Key}:{Canonical(e.Value)}")) + "}",
        IDictionary<string, object> map => Canonical(map.ToDictionary(e => (object)e.Key, e => e.Value)),
        IEnumerable<object> list => "[" + string.Join(",", list.Select(Canonical)) + "]",
        _ => value?.ToString() ?? "null",
    };
}
