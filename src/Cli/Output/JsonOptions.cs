namespace Innominatus.Cli.Output;

public static class JsonOptions
{
    /// <summary>camelCase, as the server speaks.</summary>
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
