using System.Text.Json;
using System.Text.Json.Serialization;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.DemoService.Catalogue;

/// <summary>
/// The demo platform's components, read from YAML once at start-up (the embedded <c>Catalogue/components.yaml</c>, or
/// the file <c>Demo:Catalogue</c> names) and held in dependency order. A bad catalogue stops the service.
/// </summary>
public sealed class ComponentCatalogue
{
    public const string EmbeddedName = "Innominatus.DemoService.Catalogue.components.yaml";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private ComponentCatalogue(IReadOnlyList<DemoComponent> ordered, PlatformConfig? platformConfig) => (All, PlatformConfig) = (ordered, platformConfig);

    /// <summary>Every component, each after the components it depends on.</summary>
    public IReadOnlyList<DemoComponent> All { get; }

    /// <summary>The platform-config repository demo-time seeds, if the catalogue wires one.</summary>
    public PlatformConfig? PlatformConfig { get; }

    public DemoComponent? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    public static ComponentCatalogue Embedded()
    {
        using var stream = typeof(ComponentCatalogue).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new CatalogueException($"The demo catalogue is not embedded ({EmbeddedName}).");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "the embedded catalogue");
    }

    /// <exception cref="CatalogueException">The YAML cannot be read or breaks a rule; the message names every problem.</exception>
    public static ComponentCatalogue Parse(string yaml, string source)
    {
        var read = YamlJsonReader.Read(yaml);
        if (!read.IsValid || read.Root is null)
        {
            throw Refused(source, read.Errors.Count == 0 ? ["the document is empty"] : read.Errors.Select(e => $"{e.Path}: {e.Message}"));
        }
        CatalogueDocument document;
        try
        {
            document = read.Root.Deserialize<CatalogueDocument>(Options) ?? new CatalogueDocument();
        }
        catch (JsonException e)
        {
            throw Refused(source, [e.Message]);
        }
        var problems = CatalogueRules.Problems(document.Components).Concat(PlatformConfigRules.Problems(document.PlatformConfig, document.Components)).ToList();
        if (problems.Count > 0)
        {
            throw Refused(source, problems);
        }
        var (ordered, cycle) = DependencyOrder.Sort(document.Components);
        if (cycle.Count > 0)
        {
            throw Refused(source, [$"dependency cycle among {string.Join(", ", cycle)}"]);
        }
        return new ComponentCatalogue(ordered, document.PlatformConfig);
    }

    /// <summary>The named components and everything they need, in dependency order; no names: all of them.</summary>
    public ComponentSelection Select(IReadOnlyCollection<string>? names)
    {
        if (names is null || names.Count == 0)
        {
            return new ComponentSelection(All, []);
        }
        var unknown = names.Where(n => Find(n) is null).Distinct().ToList();
        if (unknown.Count > 0)
        {
            return new ComponentSelection([], unknown);
        }
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(names);
        while (pending.TryPop(out var name))
        {
            if (wanted.Add(name))
            {
                foreach (var dependency in Find(name)!.DependsOn)
                    pending.Push(dependency);
            }
        }
        return new ComponentSelection(All.Where(c => wanted.Contains(c.Name)).ToList(), []);
    }

    private static CatalogueException Refused(string source, IEnumerable<string> problems) =>
        new($"The demo component catalogue ({source}) is not valid: {string.Join("; ", problems)}");
}
