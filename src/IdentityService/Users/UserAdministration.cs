using Innominatus.Contracts.Identity;
using Innominatus.IdentityService.Apis;
using Innominatus.IdentityService.Apis.Models;
using Innominatus.IdentityService.Audit;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Login;
using Innominatus.IdentityService.Messaging;
using Innominatus.IdentityService.Sessions;
using Innominatus.IdentityService.Teams;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.IdentityService.Users;

/// <summary>Admin changes to user accounts, each audited; a changed password, disabling or deleting ends the user's sessions.</summary>
public sealed class UserAdministration(
    IdentityDbContext db, PasswordCheck passwords, SessionStore sessions, AuditLog audit, IdentityEvents events, TimeProvider clock)
{
    public async Task<Results<Created<UserView>, ProblemHttpResult>> CreateAsync(string actor, CreateUserRequest request, CancellationToken cancellationToken)
    {
        var username = Names.NormalizeUsername(request.Username);
        var role = request.Role ?? UserRoles.User;
        if (!Names.IsValidUsername(username))
        {
            return Problems.BadRequest("The username must be 1 to 128 lower-case letters, digits or . _ @ + -.");
        }
        if (!UserRoles.IsValid(role))
        {
            return Problems.BadRequest("role must be 'user' or 'admin'.");
        }
        if (PasswordCheck.Weakness(request.Password) is { } weakness)
        {
            return Problems.BadRequest(weakness);
        }
        if (await db.Users.AnyAsync(u => u.Username == username, cancellationToken))
        {
            return Problems.Conflict($"User '{username}' exists.");
        }
        Team? team = null;
        if (!string.IsNullOrWhiteSpace(request.Team) && (team = await db.Teams.FirstOrDefaultAsync(t => t.Name == request.Team, cancellationToken)) is null)
        {
            return Problems.BadRequest($"Team '{request.Team}' does not exist; create it first.");
        }
        var now = clock.GetUtcNow();
        var user = new User { Username = username, Role = role, Email = request.Email, CreatedAt = now, PrimaryTeam = team?.Name };
        user.PasswordHash = passwords.Hash(user, request.Password!);
        if (team is not null)
        {
            user.Memberships.Add(new TeamMembership { TeamId = team.Id, UserId = user.Id, Team = team, AddedAt = now });
        }
        db.Users.Add(user);
        audit.Record(actor, "user.create", username, AuditOutcomes.Success, $"role {role}, team {team?.Name ?? "none"}");
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new UserCreated(user.Id, username, team?.Name, [role], UserSources.Local, now), cancellationToken);
        if (team is not null)
        {
            await events.PublishAsync(new TeamMembershipChanged(team.Name, username, "added", TeamRoles.Member, actor, now), cancellationToken);
        }
        return TypedResults.Created($"/api/admin/users/{username}", user.ToView());
    }

    public async Task<Results<Ok<UserView>, ProblemHttpResult>> UpdateAsync(string actor, User user, UpdateUserRequest request, CancellationToken cancellationToken)
    {
        var changes = new List<string>();
        if (request.Role is not null && request.Role != user.Role)
        {
            if (!UserRoles.IsValid(request.Role))
            {
                return Problems.BadRequest("role must be 'user' or 'admin'.");
            }
            if (user.Username == actor)
            {
                return Problems.Conflict("Admins cannot change their own role.");
            }
            user.Role = request.Role;
            changes.Add($"role {request.Role}");
        }
        if (request.Team is not null && request.Team != user.PrimaryTeam)
        {
            if (user.Memberships.All(m => m.Team.Name != request.Team))
            {
                return Problems.BadRequest($"'{user.Username}' is not a member of team '{request.Team}'; add the membership first.");
            }
            user.PrimaryTeam = request.Team;
            changes.Add($"team {request.Team}");
        }
        if (request.Email is not null)
        {
            user.Email = request.Email;
            changes.Add("email");
        }
        var endSessions = false;
        if (request.Password is not null)
        {
            if (PasswordCheck.Weakness(request.Password) is { } weakness)
            {
                return Problems.BadRequest(weakness);
            }
            user.PasswordHash = passwords.Hash(user, request.Password);
            changes.Add("password");
            endSessions = true;
        }
        if (request.Disabled is { } disabled && disabled != user.Disabled)
        {
            if (user.Username == actor)
            {
                return Problems.Conflict("Admins cannot disable themselves.");
            }
            user.Disabled = disabled;
            changes.Add(disabled ? "disabled" : "enabled");
            endSessions |= disabled;
        }
        audit.Record(actor, "user.update", user.Username, AuditOutcomes.Success, changes.Count == 0 ? "no change" : string.Join(", ", changes));
        await db.SaveChangesAsync(cancellationToken);
        if (endSessions)
        {
            await sessions.DeleteForUserAsync(user.Id, cancellationToken);
        }
        return TypedResults.Ok(user.ToView());
    }

    public async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string actor, User user, CancellationToken cancellationToken)
    {
        if (user.Username == actor)
        {
            return Problems.Conflict("Admins cannot delete themselves.");
        }
        db.Users.Remove(user);
        audit.Record(actor, "user.delete", user.Username, AuditOutcomes.Success);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
