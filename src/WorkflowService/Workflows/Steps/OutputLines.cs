namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>How process steps publish outputs: <c>::set-output name=KEY::VALUE</c> lines in their log, <c>key=value</c> lines in their outputs file.</summary>
public static class OutputLines
{
    private const string OutputMarker = "::set-output name=";

    public static KeyValuePair<string, string>? SetOutput(string line)
    {
        var marker = line.IndexOf(OutputMarker, StringComparison.Ordinal);
        var separator = marker >= 0 ? line.IndexOf("::", marker + OutputMarker.Length, StringComparison.Ordinal) : -1;
        return separator > 0 ? KeyValuePair.Create(line[(marker + OutputMarker.Length)..separator], line[(separator + 2)..]) : null;
    }

    public static IEnumerable<KeyValuePair<string, string>> KeyValues(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var equals = line.IndexOf('=');
            if (equals > 0)
            {
                yield return KeyValuePair.Create(line[..equals].Trim(), line[(equals + 1)..]);
            }
        }
    }
}
