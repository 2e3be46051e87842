using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Score;

/// <summary>
/// The string rules of score-v1b1.json. Patterns end in \z rather than $ because .NET's $ also matches before a final
/// newline, which JSON Schema's ECMAScript patterns do not; [0-9] replaces \d, which in .NET matches any Unicode digit.
/// </summary>
internal static partial class ScoreRules
{
    public static readonly TextRule ApiVersion = new("the supported version 'score.dev/v1b1'", Pattern: ApiVersionPattern());
    public static readonly TextRule Name = new("a valid name: 2 to 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit", 2, 63, NamePattern());
    public static readonly TextRule AnnotationKey = new("a valid annotation key: an optional DNS prefix and '/', then 2 to 63 characters of A-Z, a-z, 0-9, '.', '_' and '-', starting and ending with a letter or digit", 2, 316, AnnotationKeyPattern());
    public static readonly TextRule ResourceType = new("a valid resource type or class: 2 to 63 characters of A-Z, a-z, 0-9 and '-', starting and ending with a letter or digit", 2, 63, ResourceTypePattern());
    public static readonly TextRule ResourceId = new("a valid resource id: 2 to 63 characters, dot-separated labels of a-z, 0-9 and '-', each starting and ending with a letter or digit", 2, 63, ResourceIdPattern());
    public static readonly TextRule NonEmpty = new("a non-empty string", 1);
    public static readonly TextRule VariableName = new("a valid variable name: not empty and without '='", 1, Pattern: VariableNamePattern());
    public static readonly TextRule FileMode = new("an octal file mode such as 0644 or 600", Pattern: FileModePattern());
    public static readonly TextRule Memory = new("a memory quantity such as 128M, 1.5Gi or 1073741824", Pattern: MemoryPattern());
    public static readonly TextRule Cpu = new("a CPU quantity such as 2, 0.5 or 250m", Pattern: CpuPattern());
    public static readonly TextRule HeaderName = new("a valid header name (A-Z, a-z, 0-9, '_' and '-')", Pattern: HeaderNamePattern());

    public static readonly string[] Protocols = ["TCP", "UDP"];
    public static readonly string[] Schemes = ["HTTP", "HTTPS"];
    public static readonly string[] ReadyStates = ["started", "healthy", "complete"];

    [GeneratedRegex(@"^score\.dev/v1b1\z", RegexOptions.CultureInvariant)]
    private static partial Regex ApiVersionPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(([a-z0-9][a-z0-9-]{0,61}[a-z0-9])(\.[a-z0-9][a-z0-9-]{0,61}[a-z0-9])*/)?[A-Za-z0-9][A-Za-z0-9._-]{0,61}[A-Za-z0-9]\z", RegexOptions.CultureInvariant)]
    private static partial Regex AnnotationKeyPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]{0,61}[A-Za-z0-9]\z", RegexOptions.CultureInvariant)]
    private static partial Regex ResourceTypePattern();

    [GeneratedRegex(@"^[a-z0-9]+(?:-+[a-z0-9]+)*(?:\.[a-z0-9]+(?:-+[a-z0-9]+)*)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ResourceIdPattern();

    [GeneratedRegex(@"^[^=]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex VariableNamePattern();

    [GeneratedRegex(@"^0?[0-7]{3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex FileModePattern();

    [GeneratedRegex(@"^(0\.[0-9]+|[1-9][0-9]*(\.[0-9]+)?)(K|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex MemoryPattern();

    [GeneratedRegex(@"^[0-9]+(?:m|\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex CpuPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderNamePattern();
}
