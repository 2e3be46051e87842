namespace Innominatus.ServiceTests.Identity;

/// <summary>
/// Every /api route of every service, with the expected answer per caller. <see cref="AccessMatrixTests"/> fails when a
/// service has a route missing here, so no new route escapes the matrix. User A is a member of team-a, user B of team-b.
/// </summary>
public static class MatrixRows
{
    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    public static readonly MatrixRow[] All =
    [
        // Public: the login and logout calls themselves (here without a body: 400; logout without a session: 204).
        new("POST /api/login", "/api/login", () => new { }, 400, 400, 400, Public: true),
        new("POST /api/logout", "/api/logout", () => null, MatrixRow.ReachesService, MatrixRow.ReachesService, MatrixRow.ReachesService, Public: true),

        // Everyone's own profile and keys.
        new("GET /api/profile/", "/api/profile", () => null, 200, 200, 200),
        new("GET /api/profile/api-keys", "/api/profile/api-keys", () => null, 200, 200, 200),
        new("POST /api/profile/api-keys", "/api/profile/api-keys", () => new { name = Unique("matrix") }, 201, 201, 201),
        new("DELETE /api/profile/api-keys/{name}", "/api/profile/api-keys/no-such-key", () => null, 404, 404, 404),

        // Admins only (the gateway refuses others with 403 before the service is asked).
        new("GET /api/admin/users/", "/api/admin/users", () => null, 403, 403, 200),
        new("POST /api/admin/users/", "/api/admin/users", () => new { username = Unique("new"), password = "matrix-password-new" }, 403, 403, 201),
        new("GET /api/admin/users/{username}", "/api/admin/users/alice", () => null, 403, 403, 200),
        new("PUT /api/admin/users/{username}", "/api/admin/users/alice", () => new { email = "alice@example.com" }, 403, 403, 200),
        new("DELETE /api/admin/users/{username}", "/api/admin/users/victim", () => null, 403, 403, 204),
        new("GET /api/admin/users/{username}/api-keys", "/api/admin/users/alice/api-keys", () => null, 403, 403, 200),
        new("POST /api/admin/users/{username}/api-keys", "/api/admin/users/alice/api-keys", () => new { name = Unique("admin-made") }, 403, 403, 201),
        new("DELETE /api/admin/users/{username}/api-keys/{name}", "/api/admin/users/alice/api-keys/no-such-key", () => null, 403, 403, 404),
        new("GET /api/admin/audit/", "/api/admin/audit?action=login&pageSize=5", () => null, 403, 403, 200),

        // Teams: members see their team, others get 404; only admins and team admins change it.
        new("GET /api/teams/", "/api/teams", () => null, 200, 200, 200),
        new("POST /api/teams/", "/api/teams", () => new { name = Unique("team") }, 403, 403, 201),
        new("GET /api/teams/{team}", "/api/teams/team-a", () => null, 200, 404, 200),
        new("PUT /api/teams/{team}", "/api/teams/team-a", () => new { description = "changed" }, 403, 404, 200),
        new("DELETE /api/teams/{team}", "/api/teams/team-c", () => null, 403, 403, 204),
        new("GET /api/teams/{team}/members", "/api/teams/team-a/members", () => null, 200, 404, 200),
        new("PUT /api/teams/{team}/members/{username}", "/api/teams/team-a/members/carol", () => new { role = "member" }, 403, 404, 200),
        new("DELETE /api/teams/{team}/members/{username}", "/api/teams/team-a/members/dave", () => null, 403, 404, 204),

        // WorkflowService: not team-scoped yet; the gateway lets every authenticated caller through.
        new("POST /api/diagnostics/bus-probes", "/api/diagnostics/bus-probes", () => null, MatrixRow.ReachesService, MatrixRow.ReachesService, MatrixRow.ReachesService),

        // WorkflowService: team scoping of existing objects is tested in Applications/TeamScopingTests; here every
        // route must let authenticated callers through and refuse anonymous ones. Unknown objects are 404 for all.
        new("POST /api/applications/", "/api/applications", () => null, 400, 400, 400),
        new("GET /api/applications/", "/api/applications", () => null, 200, 200, 200),
        new("GET /api/applications/{name}", "/api/applications/matrix-none", () => null, 404, 404, 404),
        new("GET /api/applications/{name}/revisions", "/api/applications/matrix-none/revisions", () => null, 404, 404, 404),
        new("POST /api/applications/{name}/deprovision", "/api/applications/matrix-none/deprovision", () => null, 404, 404, 404),
        new("DELETE /api/applications/{name}", "/api/applications/matrix-none", () => null, 404, 404, 404),
        new("POST /api/specs/validate", "/api/specs/validate", () => null, 200, 200, 200),
        new("GET /api/resources/", "/api/resources", () => null, 200, 200, 200),
        new("GET /api/resources/{id:guid}", $"/api/resources/{Guid.Empty}", () => null, 404, 404, 404),
        new("POST /api/resources/{id:guid}/retry", $"/api/resources/{Guid.Empty}/retry", () => null, 404, 404, 404),
        new("GET /api/workflows/", "/api/workflows", () => null, 200, 200, 200),
        new("POST /api/workflows/plan", "/api/workflows/plan", () => new { goldenPath = "matrix-none" }, 404, 404, 404),
        new("GET /api/workflows/{id:guid}", $"/api/workflows/{Guid.Empty}", () => null, 404, 404, 404),
        new("GET /api/workflows/{id:guid}/graph", $"/api/workflows/{Guid.Empty}/graph", () => null, 404, 404, 404),
        new("GET /api/workflows/{id:guid}/logs", $"/api/workflows/{Guid.Empty}/logs", () => null, 404, 404, 404),
        new("POST /api/workflows/{id:guid}/retry", $"/api/workflows/{Guid.Empty}/retry", () => null, 404, 404, 404),
        new("POST /api/workflows/{id:guid}/resume", $"/api/workflows/{Guid.Empty}/resume?fromStep=x", () => null, 404, 404, 404),
        new("POST /api/workflows/{id:guid}/cancel", $"/api/workflows/{Guid.Empty}/cancel", () => null, 404, 404, 404),
        new("POST /api/workflows/{id:guid}/steps/{step}/skip", $"/api/workflows/{Guid.Empty}/steps/x/skip", () => new { reason = "matrix" }, 404, 404, 404),
        new("POST /api/workflows/{id:guid}/steps/{step}/approve", $"/api/workflows/{Guid.Empty}/steps/x/approve", () => new { }, 404, 404, 404),
        new("POST /api/workflows/{id:guid}/steps/{step}/reject", $"/api/workflows/{Guid.Empty}/steps/x/reject", () => new { }, 404, 404, 404),
        new("GET /api/graph/{app}", "/api/graph/matrix-none", () => null, 404, 404, 404),
        new("GET /api/events/stream", "/api/events/stream?maxSeconds=1", () => null, 200, 200, 200),
        new("GET /api/providers/", "/api/providers", () => null, 200, 200, 200),
        new("GET /api/providers/{name}", "/api/providers/database-team", () => null, 200, 200, 200),
        new("POST /api/admin/providers/reload", "/api/admin/providers/reload", () => null, 403, 403, 200),
        new("GET /api/golden-paths/", "/api/golden-paths", () => null, 200, 200, 200),
        new("GET /api/golden-paths/{name}", "/api/golden-paths/deploy-app", () => null, 200, 200, 200),
        new("POST /api/golden-paths/{name}/runs", "/api/golden-paths/matrix-none/runs", () => new { parameters = new { } }, 404, 404, 404),
        new("POST /api/admin/golden-paths/reload", "/api/admin/golden-paths/reload", () => null, 403, 403, 200),

        // The demo platform: admins only (the DemoService refuses others); bad input is a 400 before any run starts.
        new("POST /api/demo/time", "/api/demo/time", () => new { components = new[] { "no-such-component" } }, 403, 403, 400),
        new("GET /api/demo/status", "/api/demo/status", () => null, 403, 403, 200),
        new("POST /api/demo/nuke", "/api/demo/nuke", () => new { confirm = false }, 403, 403, 400),
        new("POST /api/demo/reset", "/api/demo/reset", () => new { confirm = false }, 403, 403, 400),
    ];
}
