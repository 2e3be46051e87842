namespace Innominatus.Web.Gateway;

/// <summary>The session token is missing, expired or revoked: the user signs in again.</summary>
public sealed class SessionExpiredException() : Exception("The session has ended; sign in again.");
