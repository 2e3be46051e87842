using Innominatus.IdentityService.Data;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.IdentityService.Users;

public static class UserQueries
{
    /// <summary>Users with what <see cref="Principals.PrincipalFactory"/> needs.</summary>
    public static IQueryable<User> WithTeams(this IdentityDbContext db) =>
        db.Users.Include(u => u.Memberships).ThenInclude(m => m.Team);

    public static Task<User?> FindByNameAsync(this IdentityDbContext db, string username, CancellationToken cancellationToken) =>
        db.WithTeams().FirstOrDefaultAsync(u => u.Username == Names.NormalizeUsername(username), cancellationToken);
}
