namespace Innominatus.IdentityService.Login;

public static class ClientAddress
{
    /// <summary>
    /// The caller's address: the connection's, which the forwarded-headers middleware has replaced with the gateway's
    /// <c>X-Forwarded-For</c> only when the gateway is a trusted peer (<c>Identity:ForwardedHeaders</c>). A header
    /// from anyone else is never read.
    /// </summary>
    public static string? Of(HttpContext? context)
    {
        var address = context?.Connection.RemoteIpAddress?.ToString();
        return address is { Length: > 64 } ? address[..64] : address;
    }
}
