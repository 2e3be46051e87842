namespace Innominatus.AppHost.LocalCluster;

/// <summary>
/// <c>--local-cluster</c> (also <c>--local-cluster=true|false</c>) or <c>INNOMINATUS_LOCAL_CLUSTER=1</c>: run the
/// local single-node cluster with the AppHost. Taken out of the arguments before Aspire reads them, because the
/// command-line configuration would take the next argument as the flag's value.
/// </summary>
public sealed record LocalClusterOption(bool Enabled, string[] RemainingArgs)
{
    public const string Flag = "--local-cluster";
    public const string EnvironmentVariable = "INNOMINATUS_LOCAL_CLUSTER";

    /// <summary>The AppHost's own arguments and environment.</summary>
    public static LocalClusterOption FromCommandLine(string[] args) => Parse(args, Environment.GetEnvironmentVariable(EnvironmentVariable));

    public static LocalClusterOption Parse(string[] args, string? environmentValue)
    {
        bool? given = null;
        var rest = new List<string>();
        foreach (var arg in args)
        {
            if (arg == Flag)
            {
                given = true;
            }
            else if (arg.StartsWith(Flag + "=", StringComparison.Ordinal))
            {
                given = IsOn(arg[(Flag.Length + 1)..], Flag);
            }
            else
            {
                rest.Add(arg);
            }
        }
        var enabled = given ?? (!string.IsNullOrEmpty(environmentValue) && IsOn(environmentValue, EnvironmentVariable));
        return new LocalClusterOption(enabled, [.. rest]);
    }

    private static bool IsOn(string value, string name) => value.ToLowerInvariant() switch
    {
        "1" or "true" or "yes" or "on" => true,
        "0" or "false" or "no" or "off" => false,
        _ => throw new ArgumentException($"{name} '{value}' is not one of: true, false, 1, 0."),
    };
}
