using Innominatus.Contracts.Identity;
using Innominatus.IdentityService.Apis;
using Innominatus.IdentityService.Apis.Models;
using Innominatus.IdentityService.Audit;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Messaging;
using Innominatus.IdentityService.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.IdentityService.Teams;

/// <summary>Team changes, each audited and published.</summary>
public sealed class TeamAdministration(IdentityDbContext db, AuditLog audit, IdentityEvents events, TimeProvider clock)
{
    public Task<Team?> FindAsync(string name, CancellationToken cancellationToken) =>
        db.Teams.Include(t => t.Members).ThenInclude(m => m.User).FirstOrDefaultAsync(t => t.Name == name, cancellationToken);

    public async Task<Results<Created<TeamView>, ProblemHttpResult>> CreateAsync(string actor, CreateTeamRequest request, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim() ?? "";
        if (!Names.IsValidTeam(name))
        {
            return Problems.BadRequest("A team name is 1 to 63 lower-case letters, digits or '-', starting and ending with a letter or digit.");
        }
        if (await db.Teams.AnyAsync(t => t.Name == name, cancellationToken))
        {
            return Problems.Conflict($"Team '{name}' exists.");
        }
        var team = await AddAsync(actor, name, request.Description, cancellationToken);
        return TypedResults.Created($"/api/teams/{name}", team.ToView());
    }

    /// <summary>Creates the team without checks (also used when single sign-on brings an unknown team).</summary>
    public async Task<Team> AddAsync(string actor, string name, string? description, CancellationToken cancellationToken)
    {
        var team = new Team { Name = name, Description = description, CreatedAt = clock.GetUtcNow() };
        db.Teams.Add(team);
        audit.Record(actor, "team.create", name, AuditOutcomes.Success);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new TeamCreated(team.Id, name, actor, team.CreatedAt), cancellationToken);
        return team;
    }

    public async Task<TeamView> UpdateAsync(string actor, Team team, UpdateTeamRequest request, CancellationToken cancellationToken)
    {
        team.Description = request.Description;
        audit.Record(actor, "team.update", team.Name, AuditOutcomes.Success, "description");
        await db.SaveChangesAsync(cancellationToken);
        return team.ToView();
    }

    public async Task DeleteAsync(string actor, Team team, CancellationToken cancellationToken)
    {
        var memberIds = team.Members.Select(m => m.UserId).ToList();
        db.Teams.Remove(team);
        await db.Users.Where(u => memberIds.Contains(u.Id) && u.PrimaryTeam == team.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PrimaryTeam, (string?)null), cancellationToken);
        audit.Record(actor, "team.delete", team.Name, AuditOutcomes.Success, $"{memberIds.Count} member(s)");
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Results<Ok<MemberView>, ProblemHttpResult>> SetMemberAsync(string actor, Team team, string username, string role, CancellationToken cancellationToken)
    {
        if (!TeamRoles.IsValid(role))
        {
            return Problems.BadRequest("role must be 'member' or 'team-admin'.");
        }
        var user = await db.FindByNameAsync(username, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound($"User '{username}' does not exist.");
        }
        var membership = team.Members.FirstOrDefault(m => m.UserId == user.Id);
        var change = membership is null ? "added" : "updated";
        if (membership is null)
        {
            db.TeamMemberships.Add(new TeamMembership { TeamId = team.Id, UserId = user.Id, Role = role, AddedAt = clock.GetUtcNow() });
            user.PrimaryTeam ??= team.Name;
        }
        else
        {
            membership.Role = role;
        }
        audit.Record(actor, "team.member." + (membership is null ? "add" : "update"), $"{team.Name}/{user.Username}", AuditOutcomes.Success, role);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new TeamMembershipChanged(team.Name, user.Username, change, role, actor, clock.GetUtcNow()), cancellationToken);
        return TypedResults.Ok(new MemberView(user.Username, role));
    }

    public async Task<Results<NoContent, ProblemHttpResult>> RemoveMemberAsync(string actor, Team team, string username, CancellationToken cancellationToken)
    {
        var membership = team.Members.FirstOrDefault(m => m.User.Username == Names.NormalizeUsername(username));
        if (membership is null)
        {
            return Problems.NotFound($"'{username}' is not a member of team '{team.Name}'.");
        }
        db.TeamMemberships.Remove(membership);
        if (membership.User.PrimaryTeam == team.Name)
        {
            membership.User.PrimaryTeam = null;
        }
        audit.Record(actor, "team.member.remove", $"{team.Name}/{membership.User.Username}", AuditOutcomes.Success);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new TeamMembershipChanged(team.Name, membership.User.Username, "removed", null, actor, clock.GetUtcNow()), cancellationToken);
        return TypedResults.NoContent();
    }
}
