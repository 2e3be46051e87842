using Innominatus.WorkflowService.Shared;
using Microsoft.Extensions.Options;

namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>Reads every <c>*.yaml</c> of the configured folders; any error or duplicate name refuses the whole set.</summary>
public sealed class GoldenPathLoader(IOptions<GoldenPathsOptions> options)
{
    public IReadOnlyList<GoldenPath>? Load(List<CatalogLoadError> errors)
    {
        var before = errors.Count;
        var sources = options.Value.Sources.Count > 0 ? options.Value.Sources : [new GoldenPathSourceOptions { Path = GoldenPathsOptions.ShippedFolder }];
        var paths = new List<GoldenPath>();
        foreach (var source in sources)
        {
            if (string.IsNullOrWhiteSpace(source.Path))
            {
                errors.Add(new CatalogLoadError("GoldenPaths:Sources", null, null, "a source needs a 'path'"));
                continue;
            }
            var folder = Path.GetFullPath(source.Path, AppContext.BaseDirectory);
            if (!Directory.Exists(folder))
            {
                errors.Add(new CatalogLoadError(folder, folder, null, "the golden path folder does not exist"));
                continue;
            }
            foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                var golden = LoadFile(folder, file, errors);
                if (golden is not null)
                {
                    paths.Add(golden);
                }
            }
        }
        foreach (var duplicate in paths.GroupBy(p => p.Name).Where(g => g.Count() > 1))
        {
            errors.Add(new CatalogLoadError(duplicate.First().File, null, null,
                $"golden path '{duplicate.Key}' is defined more than once: {string.Join(", ", duplicate.Select(p => p.File))}"));
        }
        return errors.Count == before ? [.. paths.OrderBy(p => p.Name, StringComparer.Ordinal)] : null;
    }

    private static GoldenPath? LoadFile(string folder, string file, List<CatalogLoadError> errors)
    {
        var fileName = Path.GetFileNameWithoutExtension(file);
        var parsed = GoldenPathParser.Parse(File.ReadAllText(file), file, fileName);
        if (!parsed.IsValid)
        {
            errors.AddRange(parsed.Errors.Select(e => new CatalogLoadError(folder, file, e.Path, e.Message, e.Line)));
            return null;
        }
        if (parsed.Value!.Name != fileName)
        {
            errors.Add(new CatalogLoadError(folder, file, "$.metadata.name", $"the golden path is named '{parsed.Value.Name}' but its file says '{fileName}'"));
            return null;
        }
        return parsed.Value;
    }
}
