namespace Innominatus.ServiceTests.Identity;

/// <summary>
/// One service route of the access matrix: the path it is called with and the status each authenticated caller gets.
/// <see cref="ReachesService"/> (0) means "passes the gateway" (any answer but 401 and 403), for routes whose result
/// depends on the service rather than on the caller. Anonymous callers, revoked keys and expired tokens always get
/// 401, except on <see cref="Public"/> routes.
/// </summary>
public sealed record MatrixRow(string Route, string Path, Func<object?> Body, int UserA, int UserB, int Admin, bool Public = false)
{
    public const int ReachesService = 0;

    public string Method => Route.Split(' ')[0];

    public int Expected(string caller) => caller switch
    {
        MatrixCallers.UserA => UserA,
        MatrixCallers.UserB => UserB,
        MatrixCallers.Admin => Admin,
        _ => Public ? ReachesService : 401,
    };
}
