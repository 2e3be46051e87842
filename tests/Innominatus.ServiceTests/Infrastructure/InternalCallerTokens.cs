using System.Security.Cryptography;
using Innominatus.ServiceDefaults.Security;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>
/// Mints valid <c>X-Innominatus-Principal</c> tokens, so a service test can call a service directly as "user U of team T
/// with roles R", exactly as the gateway would after authenticating U. Every <see cref="ServiceFactory{TProgram}"/>
/// trusts this key (<see cref="Settings"/>); gateways started by the tests sign with it too.
/// </summary>
public static class InternalCallerTokens
{
    private static readonly (string Private, string Public) Pair = InternalKeys.Generate();
    private static readonly InternalTokenWriter Writer = new(InternalKeys.ImportPrivate(Pair.Private), TimeProvider.System, TimeSpan.FromMinutes(5));

    /// <summary>Settings for a service that should accept these tokens.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["InternalAuth:PublicKeys:0"] = Pair.Public };

    /// <summary>Settings for a gateway that should sign with this key.</summary>
    public static IReadOnlyDictionary<string, string> GatewaySettings { get; } = new Dictionary<string, string> { ["InternalAuth:SigningKey"] = Pair.Private };

    public static string For(string user, string? team, params string[] roles) =>
        Writer.Write(new CallerPrincipal(user, user, team, team is null ? [] : [team], roles.ToHashSet(StringComparer.Ordinal)));

    public static string For(CallerPrincipal caller) => Writer.Write(caller);

    /// <summary>A token signed by a key no service trusts (for negative tests).</summary>
    public static string Forged(string user, params string[] roles)
    {
        var (privateKey, _) = InternalKeys.Generate();
        var writer = new InternalTokenWriter(InternalKeys.ImportPrivate(privateKey), TimeProvider.System, TimeSpan.FromMinutes(5));
        return writer.Write(new CallerPrincipal(user, user, null, [], roles.ToHashSet(StringComparer.Ordinal)));
    }

    /// <summary>Sends every request of <paramref name="client"/> as the given caller.</summary>
    public static HttpClient As(this HttpClient client, string user, string? team, params string[] roles)
    {
        client.DefaultRequestHeaders.Remove(InternalCallerDefaults.HeaderName);
        client.DefaultRequestHeaders.Add(InternalCallerDefaults.HeaderName, For(user, team, roles));
        return client;
    }

    internal static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
}
