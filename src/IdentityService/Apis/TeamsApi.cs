using Innominatus.IdentityService.Apis.Models;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Teams;
using Innominatus.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.IdentityService.Apis;

/// <summary>Teams are visible to their members and to admins (a team the caller may not see is a 404); team admins manage members.</summary>
public static class TeamsApi
{
    public static RouteGroupBuilder MapTeamsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/teams").WithTags("Teams").RequireAuthorization();
        api.MapGet("/", ListTeams).WithName("ListTeams").WithSummary("The caller's teams; every team for admins.");
        api.MapPost("/", CreateTeam).WithName("CreateTeam").WithSummary("Creates a team (admin only).").RequireAuthorization(InternalCallerDefaults.AdminPolicy);
        api.MapGet("/{team}", GetTeam).WithName("GetTeam").WithSummary("A team with its members.");
        api.MapPut("/{team}", UpdateTeam).WithName("UpdateTeam").WithSummary("Changes a team's description (admins and team admins).");
        api.MapDelete("/{team}", DeleteTeam).WithName("DeleteTeam").WithSummary("Deletes a team and its memberships (admin only).").RequireAuthorization(InternalCallerDefaults.AdminPolicy);
        api.MapGet("/{team}/members", ListMembers).WithName("ListTeamMembers").WithSummary("A team's members and their team roles.");
        api.MapPut("/{team}/members/{username}", SetMember).WithName("SetTeamMember").WithSummary("Adds a member or changes their role: member or team-admin.");
        api.MapDelete("/{team}/members/{username}", RemoveMember).WithName("RemoveTeamMember").WithSummary("Removes a member from a team.");
        return api;
    }

    public static async Task<Ok<List<TeamView>>> ListTeams(CallerPrincipal caller, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var teams = db.Teams.Include(t => t.Members).ThenInclude(m => m.User).AsQueryable();
        if (!caller.IsAdmin)
        {
            var mine = caller.Teams.ToArray();
            teams = teams.Where(t => mine.Contains(t.Name));
        }
        return TypedResults.Ok((await teams.OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(t => t.ToView()).ToList());
    }

    public static Task<Results<Created<TeamView>, ProblemHttpResult>> CreateTeam(CreateTeamRequest request, CallerPrincipal caller, TeamAdministration teams, CancellationToken cancellationToken) =>
        teams.CreateAsync(caller.User, request, cancellationToken);

    public static async Task<Results<Ok<TeamView>, ProblemHttpResult>> GetTeam(string team, CallerPrincipal caller, TeamAdministration teams, CancellationToken cancellationToken) =>
        await VisibleAsync(team, caller, teams, cancellationToken) is { } found ? TypedResults.Ok(found.ToView()) : NoSuchTeam(team);

    public static async Task<Results<Ok<TeamView>, ProblemHttpResult>> UpdateTeam(
        string team, UpdateTeamRequest request, CallerPrincipal caller, TeamAdministration teams, CancellationToken cancellationToken)
    {
        var found = await VisibleAsync(team, caller, teams, cancellationToken);
        if (found is null)
        {
            return NoSuchTeam(team);
        }
        return caller.MayManage(team) ? TypedResults.Ok(await teams.UpdateAsync(caller.User, found, request, cancellationToken)) : NotManager(team);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteTeam(string team, CallerPrincipal caller, TeamAdministration teams, CancellationToken cancellationToken)
    {
        var found = await teams.FindAsync(team, cancellationToken);
        if (found is null)
        {
            return NoSuchTeam(team);
        }
        await teams.DeleteAsync(caller.User, found, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<IReadOnlyList<MemberView>>, ProblemHttpResult>> ListMembers(string team, CallerPrincipal caller, TeamAdministration teams, CancellationToken cancellationToken) =>
        await VisibleAsync(team, caller, teams, cancellationToken) is { } found ? TypedResults.Ok(found.ToView().Members) : NoSuchTeam(team);

    public static async Task<Results<Ok<MemberView>, ProblemHttpResult>> SetMember(
        string team, string username, SetMemberRequest request, CallerPrincipal caller, TeamAdministration teams, CancellationToken cancellationToken)
    {
        var found = await VisibleAsync(team, caller, teams, cancellationToken);
        if (found is null)
        {
            return NoSuchTeam(team);
        }
        return caller.MayManage(team) ? await teams.SetMemberAsync(caller.User, found, username, request.Role ?? TeamRoles.Member, cancellationToken) : NotManager(team);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveMember(
        string team, string username, CallerPrincipal caller, TeamAdministration teams, CancellationToken cancellationToken)
    {
        var found = await VisibleAsync(team, caller, teams, cancellationToken);
        if (found is null)
        {
            return NoSuchTeam(team);
        }
        return caller.MayManage(team) ? await teams.RemoveMemberAsync(caller.User, found, username, cancellationToken) : NotManager(team);
    }

    private static async Task<Team?> VisibleAsync(string team, CallerPrincipal caller, TeamAdministration teams, CancellationToken cancellationToken) =>
        caller.MaySee(team) ? await teams.FindAsync(team, cancellationToken) : null;

    private static ProblemHttpResult NoSuchTeam(string team) => Problems.NotFound($"No team '{team}' that you can see.");

    private static ProblemHttpResult NotManager(string team) => Problems.Forbidden($"Only admins and team admins of '{team}' may change it.");
}
