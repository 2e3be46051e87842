using System.Net;
using Innominatus.CliTests.Infrastructure;

namespace Innominatus.CliTests.Commands;

/// <summary>
/// The credential goes out from one handler: IDP_API_KEY, or what login stored. The identity routes are not in this
/// branch yet, so the login conversation is checked against a recording stand-in that answers with the identity
/// service's contract (docs/identity.md on the identity branch).
/// </summary>
public class AuthTests
{
    private const string EmptyPage = """{"items":[],"pageNumber":1,"pageSize":50,"total":0}""";

    [Fact]
    public async Task IDP_API_KEY_goes_out_as_a_bearer_token_and_no_identity_headers_without_the_development_variable()
    {
        var transport = new RecordingTransport((_, _) => (HttpStatusCode.OK, EmptyPage));
        var cli = new CliRunner(() => transport).With("IDP_API_KEY", "inn_test_key");

        var result = await cli.RunAsync("list");

        Assert.True(result.ExitCode == 0, result.ToString());
        var (request, _) = Assert.Single(transport.Requests);
        Assert.Equal("http://localhost:8081/api/applications?pageSize=50", request.RequestUri!.ToString());
        Assert.Equal("Bearer inn_test_key", request.Headers.Authorization!.ToString());
        Assert.DoesNotContain(request.Headers, h => h.Key.StartsWith("X-Innominatus-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_development_identity_adds_the_caller_headers_only_when_set()
    {
        var transport = new RecordingTransport((_, _) => (HttpStatusCode.OK, EmptyPage));
        var cli = new CliRunner(() => transport).With("INNOMINATUS_DEV_IDENTITY", "alice:team-a:admin,user").With("INNOMINATUS_URL", "http://idp.example:9000/");

        await cli.RunAsync("workflows", "list");

        var (request, _) = Assert.Single(transport.Requests);
        Assert.StartsWith("http://idp.example:9000/api/workflows", request.RequestUri!.ToString());
        Assert.Equal("alice", request.Headers.GetValues("X-Innominatus-User").Single());
        Assert.Equal("team-a", request.Headers.GetValues("X-Innominatus-Team").Single());
        Assert.Equal("admin,user", request.Headers.GetValues("X-Innominatus-Roles").Single());
        Assert.Null(request.Headers.Authorization);
    }

    [Fact]
    public async Task Password_login_creates_an_API_key_stores_it_0600_and_later_commands_send_it()
    {
        var transport = new RecordingTransport((request, body) => request.RequestUri!.AbsolutePath switch
        {
            "/api/login" => (HttpStatusCode.OK, """{"token":"inns_session","tokenType":"Bearer","username":"alice","team":"team-a","teams":["team-a"],"roles":["user"],"expiresAt":"2030-01-01T00:00:00Z"}"""),
            "/api/profile" => (HttpStatusCode.OK, """{"username":"alice","team":"team-a","teams":["team-a"],"roles":["user"],"isAdmin":false,"source":"local"}"""),
            "/api/profile/api-keys" => (HttpStatusCode.Created, """{"key":"inn_created","name":"laptop","username":"alice","createdAt":"2026-01-01T00:00:00Z","expiresAt":"2026-04-01T00:00:00Z"}"""),
            _ => (HttpStatusCode.OK, EmptyPage),
        });
        var cli = new CliRunner(() => transport);

        var login = await cli.RunWithInputAsync("correct horse battery staple\n", "login", "--username", "alice", "--password-stdin", "--name", "laptop", "--expiry-days", "30");

        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.Contains("Logged in to http://localhost:8081/ as alice (team team-a); API key laptop", login.Out);
        var requests = transport.Requests.ToList();
        Assert.Equal("""{"username":"alice","password":"correct horse battery staple"}""", requests[0].Body);
        Assert.Null(requests[0].Request.Headers.Authorization);
        Assert.Equal("Bearer inns_session", requests[2].Request.Headers.Authorization!.ToString());
        Assert.Equal("""{"name":"laptop","expiryDays":30}""", requests[2].Body);
        var file = Path.Combine(cli.ConfigDirectory, "credentials.json");
        Assert.Contains("inn_created", File.ReadAllText(file));
        Assert.DoesNotContain("inns_session", File.ReadAllText(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        await cli.RunAsync("list");
        Assert.Equal("Bearer inn_created", transport.Requests.Last().Request.Headers.Authorization!.ToString());

        var logout = await cli.RunAsync("logout");
        Assert.Equal(0, logout.ExitCode);
        Assert.Equal("/api/profile/api-keys/laptop", transport.Requests.Last().Request.RequestUri!.AbsolutePath);
        Assert.Equal(HttpMethod.Delete, transport.Requests.Last().Request.Method);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task A_wrong_password_is_exit_code_4_and_nothing_is_stored()
    {
        var transport = new RecordingTransport((_, _) => (HttpStatusCode.Unauthorized, """{"title":"Unauthorized","detail":"Invalid username or password.","status":401}"""));
        var cli = new CliRunner(() => transport);

        var login = await cli.RunWithInputAsync("alice\nwrong\n", "login");

        Assert.Equal(4, login.ExitCode);
        Assert.EndsWith("error: Unauthorized: Invalid username or password.\n", login.Error);
        Assert.False(File.Exists(Path.Combine(cli.ConfigDirectory, "credentials.json")));
    }

    [Fact]
    public async Task Login_with_an_API_key_stores_it_for_that_server_and_whoami_tells_where_it_came_from()
    {
        var transport = new RecordingTransport((request, _) => request.RequestUri!.AbsolutePath == "/api/profile"
            ? (HttpStatusCode.OK, """{"username":"ci-bot","team":"payments","teams":["payments"],"roles":["user"],"isAdmin":false,"source":"local"}""")
            : (HttpStatusCode.OK, EmptyPage));
        var cli = new CliRunner(() => transport);

        var login = await cli.RunAsync("login", "--api-key", "inn_0123456789abcdefghij", "--server", "https://idp.example.com");
        var whoami = await cli.RunAsync("whoami");

        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.True(whoami.ExitCode == 0, whoami.ToString());
        Assert.StartsWith("https://idp.example.com/api/profile", transport.Requests.Last().Request.RequestUri!.ToString());
        Assert.Equal("Bearer inn_0123456789abcdefghij", transport.Requests.Last().Request.Headers.Authorization!.ToString());
        Assert.Matches(@"Username:\s+ci-bot", whoami.Out);
        Assert.Matches(@"Credential:\s+api-key inn_0123…", whoami.Out);
        Assert.Contains("credentials.json", whoami.Out);
    }

    [Fact]
    public async Task Whoami_without_any_credential_is_exit_code_4()
    {
        var result = await new CliRunner(() => new RecordingTransport((_, _) => (HttpStatusCode.OK, "{}"))).RunAsync("whoami");

        Assert.Equal(4, result.ExitCode);
        Assert.StartsWith("error: not logged in to http://localhost:8081/", result.Error);
    }

    [Fact]
    public async Task The_admin_commands_call_the_identity_routes()
    {
        var transport = new RecordingTransport((request, _) => request.Method == HttpMethod.Post
            ? (HttpStatusCode.Created, """{"key":"inn_new","name":"pipeline","username":"ci-bot","createdAt":"2026-01-01T00:00:00Z","expiresAt":"2026-02-01T00:00:00Z"}""")
            : (HttpStatusCode.OK, """{"items":[],"page":1,"pageSize":50,"total":0}"""));
        var cli = new CliRunner(() => transport).With("IDP_API_KEY", "inn_admin");

        var created = await cli.RunAsync("admin", "api-keys", "create", "ci-bot", "--name", "pipeline", "--expiry-days", "30", "-o", "json");
        await cli.RunAsync("admin", "audit", "--actor", "alice", "--action", "login");
        await cli.RunAsync("admin", "teams", "add-member", "payments", "bob", "--role", "team-admin");

        Assert.Equal("inn_new", created.Json.GetProperty("key").GetString());
        var calls = transport.Requests.Select(r => $"{r.Request.Method} {r.Request.RequestUri!.PathAndQuery} {r.Body}").ToList();
        Assert.Equal("POST /api/admin/users/ci-bot/api-keys {\"name\":\"pipeline\",\"expiryDays\":30}", calls[0]);
        Assert.Equal("GET /api/admin/audit?actor=alice&action=login&pageSize=50 ", calls[1]);
        Assert.Equal("PUT /api/teams/payments/members/bob {\"role\":\"team-admin\"}", calls[2]);
    }
}
