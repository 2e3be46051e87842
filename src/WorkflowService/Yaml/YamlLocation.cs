using YamlDotNet.Core;

namespace Innominatus.WorkflowService.Yaml;

/// <summary>A 1-based line and column in the YAML source.</summary>
public readonly record struct YamlLocation(int Line, int Column)
{
    internal static YamlLocation From(Mark mark) => new((int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));
}
