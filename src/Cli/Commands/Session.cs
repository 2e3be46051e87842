namespace Innominatus.Cli.Commands;

/// <summary>What one command invocation works with: the server, the output, the credentials and the API client.</summary>
public sealed class Session : IDisposable
{
    private readonly Lazy<ApiClient> api;
    private readonly Lazy<OidcClient> oidc;

    public Session(CliContext context, ParseResult parse)
    {
        Context = context;
        Credentials = new CredentialStore(context.ConfigDirectory);
        Server = ResolveServer(parse.GetValue(GlobalOptions.Server), context, Credentials);
        Print = new Printer(context, parse.GetValue(GlobalOptions.Output) ?? OutputFormat.Table);
        Developer = DevIdentity.FromEnvironment(context.Environment);
        oidc = new(() => new OidcClient(PlainHttp(), Tell, context.OpenBrowser));
        Source = new CredentialSource(context.Environment, Credentials, Server, (credential, ct) => Oidc.RefreshAsync(credential, ct));
        api = new(() => new ApiClient(new HttpClient(new AuthenticationHandler(Source, Developer) { InnerHandler = context.Transport() })
        {
            BaseAddress = Server, Timeout = Timeout.InfiniteTimeSpan,
        }));
    }

    public CliContext Context { get; }

    public Uri Server { get; }

    public Printer Print { get; }

    public CredentialStore Credentials { get; }

    public CredentialSource Source { get; }

    public DevIdentity? Developer { get; }

    public OidcClient Oidc => oidc.Value;

    public ApiClient Api => api.Value;

    public DateTimeOffset Now => DateTimeOffset.UtcNow;

    /// <summary>A note for the person at the terminal, on stderr so it never mixes with data.</summary>
    public void Tell(string line)
    {
        Context.Error.WriteLine(line);
        Context.Error.Flush();
    }

    /// <summary>A client without credentials (discovery, token endpoint).</summary>
    public HttpClient PlainHttp() => new(Context.Transport()) { BaseAddress = Server, Timeout = ApiClient.RequestTimeout };

    private static Uri ResolveServer(string? option, CliContext context, CredentialStore store)
    {
        var text = option ?? (context.Environment("INNOMINATUS_URL") is { Length: > 0 } env ? env : null) ?? SafeCurrent(store) ?? GlobalOptions.DefaultServer;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliException($"'{text}' is not a server URL such as {GlobalOptions.DefaultServer}", ExitCodes.Usage);
        }
        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }

    private static string? SafeCurrent(CredentialStore store)
    {
        try
        {
            return store.Load().Current;
        }
        catch (CliException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (api.IsValueCreated)
        {
            api.Value.Dispose();
        }
    }
}
