namespace Innominatus.Cli.Api;

/// <summary>
/// Reads and writes <c>credentials.json</c> in the user's config folder. The folder is created 0700 and the file
/// 0600 before any secret is written to it, and rewritten atomically (write to a temporary file, then rename).
/// </summary>
public sealed class CredentialStore(string folder)
{
    public const string FileName = "credentials.json";

    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode SecretFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string Path { get; } = System.IO.Path.Combine(folder, FileName);

    public CredentialsFile Load()
    {
        if (!File.Exists(Path))
        {
            return new CredentialsFile();
        }
        try
        {
            var file = JsonSerializer.Deserialize<CredentialsFile>(File.ReadAllText(Path), JsonOptions.Web) ?? new CredentialsFile();
            file.Servers = new Dictionary<string, Credential>(file.Servers, StringComparer.Ordinal);
            return file;
        }
        catch (JsonException e)
        {
            throw new CliException($"{Path} is not valid JSON ({e.Message}); delete it and log in again");
        }
    }

    public Credential? Get(Uri server) => Load().Servers.GetValueOrDefault(Key(server));

    public void Put(Uri server, Credential credential)
    {
        var file = Load();
        file.Servers[Key(server)] = credential;
        file.Current = Key(server);
        Save(file);
    }

    public bool Remove(Uri server)
    {
        var file = Load();
        var removed = file.Servers.Remove(Key(server));
        if (file.Current == Key(server))
        {
            file.Current = null;
        }
        if (file.Servers.Count == 0 && file.Current is null)
        {
            File.Delete(Path);
        }
        else
        {
            Save(file);
        }
        return removed;
    }

    public static string Key(Uri server) => server.GetLeftPart(UriPartial.Path).TrimEnd('/');

    private void Save(CredentialsFile file)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, FolderMode);
        }
        var temporary = Path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = SecretFileMode;
        }
        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, file, new JsonSerializerOptions(JsonOptions.Web) { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, SecretFileMode);
        }
        File.Move(temporary, Path, overwrite: true);
    }
}
