using System.Security.Claims;
using Innominatus.Contracts.Identity;
using Innominatus.IdentityService.Audit;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Messaging;
using Innominatus.IdentityService.Teams;
using Innominatus.IdentityService.Users;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.IdentityService.ExternalLogin;

/// <summary>
/// Turns a verified OIDC identity into a user: created on first login, and on every login its role and team memberships
/// follow the provider's claims (teams unknown here are created). A local account with the same name is never taken over.
/// </summary>
public sealed class ExternalUserProvisioner(IdentityDbContext db, OidcSettings settings, TeamAdministration teams, AuditLog audit, IdentityEvents events, TimeProvider clock)
{
    public async Task<User?> ProvisionAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var subject = principal.FindFirst("sub")?.Value;
        var username = Names.NormalizeUsername(principal.FindFirst("preferred_username")?.Value ?? principal.FindFirst("email")?.Value);
        if (string.IsNullOrEmpty(subject) || !Names.IsValidUsername(username))
        {
            await audit.RecordNowAsync(username.Length == 0 ? "unknown" : username, "login", username, AuditOutcomes.Failure, "oidc: no usable sub or username claim", cancellationToken);
            return null;
        }
        var user = await db.WithTeams().FirstOrDefaultAsync(u => u.ExternalIssuer == settings.Issuer && u.ExternalSubject == subject, cancellationToken);
        var created = false;
        if (user is null)
        {
            if (await db.Users.AnyAsync(u => u.Username == username, cancellationToken))
            {
                await audit.RecordNowAsync(username, "login", username, AuditOutcomes.Denied, "oidc: the username belongs to another account", cancellationToken);
                return null;
            }
            user = new User { Username = username, Source = UserSources.Oidc, ExternalIssuer = settings.Issuer, ExternalSubject = subject, CreatedAt = clock.GetUtcNow() };
            db.Users.Add(user);
            created = true;
        }
        var roles = principal.FindAll(settings.RolesClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        user.Role = settings.AdminRoles.Any(roles.Contains) ? UserRoles.Admin : UserRoles.User;
        user.Email = principal.FindFirst("email")?.Value ?? user.Email;
        user.LastLoginAt = clock.GetUtcNow();
        var changes = await SyncTeamsAsync(user, principal.FindAll(settings.TeamsClaim).Select(c => c.Value.TrimStart('/').ToLowerInvariant()).Where(Names.IsValidTeam).ToHashSet(), cancellationToken);
        audit.Record(username, "login", username, AuditOutcomes.Success, created ? "oidc, first login: account created" : "oidc");
        await db.SaveChangesAsync(cancellationToken);
        if (created)
        {
            await events.PublishAsync(new UserCreated(user.Id, username, user.PrimaryTeam, [user.Role], UserSources.Oidc, user.CreatedAt), cancellationToken);
        }
        foreach (var change in changes)
        {
            await events.PublishAsync(change, cancellationToken);
        }
        return user;
    }

    private async Task<List<TeamMembershipChanged>> SyncTeamsAsync(User user, HashSet<string> claimed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changes = new List<TeamMembershipChanged>();
        foreach (var membership in user.Memberships.Where(m => !claimed.Contains(m.Team.Name)).ToList())
        {
            user.Memberships.Remove(membership);
            changes.Add(new TeamMembershipChanged(membership.Team.Name, user.Username, "removed", null, "oidc", now));
        }
        foreach (var name in claimed.Where(n => user.Memberships.All(m => m.Team.Name != n)).Order(StringComparer.Ordinal))
        {
            var team = await db.Teams.FirstOrDefaultAsync(t => t.Name == name, cancellationToken) ?? await teams.AddAsync("oidc", name, "Created by single sign-on", cancellationToken);
            user.Memberships.Add(new TeamMembership { TeamId = team.Id, UserId = user.Id, Team = team, AddedAt = now });
            changes.Add(new TeamMembershipChanged(name, user.Username, "added", TeamRoles.Member, "oidc", now));
        }
        if (user.PrimaryTeam is null || !claimed.Contains(user.PrimaryTeam))
        {
            user.PrimaryTeam = claimed.Order(StringComparer.Ordinal).FirstOrDefault();
        }
        return changes;
    }
}
