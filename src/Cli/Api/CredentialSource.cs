namespace Innominatus.Cli.Api;

/// <summary>
/// Which credential a command uses: <c>IDP_API_KEY</c> first (CI, containers), then the one stored for the server by
/// <c>login</c>. An expired OpenID Connect access token is refreshed (and stored again) when it has a refresh token.
/// </summary>
public sealed class CredentialSource(Func<string, string?> environment, CredentialStore store, Uri server, Func<Credential, CancellationToken, Task<Credential?>> refresh)
{
    public const string ApiKeyVariable = "IDP_API_KEY";

    /// <summary>Where the credential came from, for whoami: "IDP_API_KEY", the credentials file, or null for none.</summary>
    public string? Origin => environment(ApiKeyVariable) is { Length: > 0 } ? ApiKeyVariable : store.Get(server) is null ? null : store.Path;

    public Credential? Peek() =>
        environment(ApiKeyVariable) is { Length: > 0 } key ? new Credential(Credential.ApiKey, key.Trim()) : store.Get(server);

    public async Task<Credential?> GetAsync(CancellationToken cancellationToken)
    {
        var credential = Peek();
        if (credential is null || !credential.IsExpired(DateTimeOffset.UtcNow) || !credential.CanRefresh)
        {
            return credential;
        }
        var refreshed = await refresh(credential, cancellationToken);
        if (refreshed is not null)
        {
            store.Put(server, refreshed);
        }
        return refreshed ?? credential;
    }
}
