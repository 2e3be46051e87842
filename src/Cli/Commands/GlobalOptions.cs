namespace Innominatus.Cli.Commands;

/// <summary>Options every command takes (recursive on the root command).</summary>
public static class GlobalOptions
{
    public const string DefaultServer = "http://localhost:8081";

    public static readonly Option<string?> Server = new("--server", "-s")
    {
        Description = $"The Innominatus gateway. Default: $INNOMINATUS_URL, else the server of the last login, else {DefaultServer}.",
        Recursive = true,
        HelpName = "URL",
    };

    /// <summary>No default value object, so help shows "table" in the description rather than the enum's name.</summary>
    public static readonly Option<OutputFormat?> Output = new("--output", "-o")
    {
        Description = "Output format: table (default) for people, json or yaml (the server's JSON, stable for scripts).",
        Recursive = true,
        HelpName = "table|json|yaml",
        CustomParser = result => result.Tokens.Count == 0 ? OutputFormat.Table : result.Tokens[0].Value.ToLowerInvariant() switch
        {
            "table" or "text" or "wide" => OutputFormat.Table,
            "json" => OutputFormat.Json,
            "yaml" or "yml" => OutputFormat.Yaml,
            var other => Invalid(result, other),
        },
    };

    private static OutputFormat? Invalid(System.CommandLine.Parsing.ArgumentResult result, string value)
    {
        result.AddError($"'{value}' is not an output format: use table, json or yaml");
        return OutputFormat.Table;
    }

    static GlobalOptions() => Output.CompletionSources.Add("table", "json", "yaml");
}
