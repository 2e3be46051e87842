namespace Innominatus.IdentityService.Login;

public static class ClientAddress
{
    /// <summary>
    /// The caller's address: the gateway replaces <c>X-Forwarded-For</c> with the address it saw, so behind the gateway
    /// the header is the client; without it, the connection's address.
    /// </summary>
    public static string? Of(HttpContext? context)
    {
        if (context is null)
        {
            return null;
        }
        var forwarded = context.Request.Headers["X-Forwarded-For"].ToString();
        var first = forwarded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var address = first ?? context.Connection.RemoteIpAddress?.ToString();
        return address is { Length: > 64 } ? address[..64] : address;
    }
}
