namespace Innominatus.Cli.Output;

/// <summary><c>-o table|json|yaml</c>: json and yaml are the server's JSON, pretty-printed, for scripts.</summary>
public enum OutputFormat
{
    Table,
    Json,
    Yaml,
}
