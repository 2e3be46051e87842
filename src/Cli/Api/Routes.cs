namespace Innominatus.Cli.Api;

/// <summary>Every server route the CLI calls, relative to the server URL (the gateway).</summary>
public static class Routes
{
    public const string Applications = "api/applications";
    public const string ValidateSpec = "api/specs/validate";
    public const string Workflows = "api/workflows";
    public const string PlanWorkflow = "api/workflows/plan";
    public const string Resources = "api/resources";
    public const string Providers = "api/providers";
    public const string ReloadProviders = "api/admin/providers/reload";
    public const string GoldenPaths = "api/golden-paths";
    public const string DemoTime = "api/demo/time";
    public const string DemoStatus = "api/demo/status";
    public const string DemoNuke = "api/demo/nuke";
    public const string DemoReset = "api/demo/reset";
    public const string Events = "api/events/stream";
    public const string Graphs = "api/graph";
    public const string Login = "api/login";
    public const string Logout = "api/logout";
    public const string Profile = "api/profile";
    public const string ProfileApiKeys = "api/profile/api-keys";
    public const string Users = "api/admin/users";
    public const string Teams = "api/teams";
    public const string Audit = "api/admin/audit";
    public const string OpenIdConfiguration = ".well-known/openid-configuration";

    public static string Application(string name) => $"{Applications}/{E(name)}";

    public static string Graph(string application) => $"{Graphs}/{E(application)}";

    public static string Workflow(Guid id) => $"{Workflows}/{id}";

    public static string WorkflowGraph(Guid id) => $"{Workflows}/{id}/graph";

    public static string Step(Guid id, string step, string action) => $"{Workflows}/{id}/steps/{E(step)}/{action}";

    public static string Resource(Guid id) => $"{Resources}/{id}";

    public static string Provider(string name) => $"{Providers}/{E(name)}";

    public static string GoldenPath(string name) => $"{GoldenPaths}/{E(name)}";

    public static string User(string name) => $"{Users}/{E(name)}";

    public static string UserApiKeys(string user) => $"{User(user)}/api-keys";

    public static string Team(string name) => $"{Teams}/{E(name)}";

    public static string WithQuery(string path, params (string Name, string? Value)[] query)
    {
        var present = query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => $"{q.Name}={E(q.Value!)}").ToList();
        return present.Count == 0 ? path : $"{path}?{string.Join('&', present)}";
    }

    private static string E(string value) => Uri.EscapeDataString(value);
}
