using System.Text.Json.Nodes;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.GoldenPaths;
using Innominatus.WorkflowService.Workflows.Definitions;
using Microsoft.Extensions.Options;

namespace Innominatus.UnitTests.GoldenPaths;

public class GoldenPathRunGuardTests
{
    private const string Guarded = """
        apiVersion: innominatus.dev/v1
        kind: GoldenPath
        metadata: {name: guarded, description: Acts on team-owned things, category: test}
        parameters:
          app_name: {type: string, required: true, owner: application, description: App}
          namespace: {type: string, default: "", owner: namespace, description: Namespace}
          team: {type: string, default: "", owner: team, description: Team}
          image: {type: string, default: "", format: image, description: Image}
          gitea_url: {type: string, default: "http://gitea.default", setting: gitea_url, description: Gitea}
        steps:
          - {name: done, type: noop}
        """;

    private static readonly CallerPrincipal Alice = new("a", "alice", "team-a", ["team-a"], new HashSet<string> { "user" });
    private static readonly CallerPrincipal Admin = new("r", "root", null, [], new HashSet<string> { "admin" });

    private static readonly FakeTeamOwnership Owners = new(
        new Dictionary<string, string> { ["shop"] = "team-a", ["bank"] = "team-b" },
        new Dictionary<string, string> { ["shop-dev"] = "team-a", ["bank-dev"] = "team-b" });

    [Theory]
    [InlineData("app_name", "bank", "application 'bank'")]
    [InlineData("app_name", "nobody-has-this", "application 'nobody-has-this'")]
    [InlineData("namespace", "bank-dev", "namespace 'bank-dev'")]
    [InlineData("namespace", "kube-system", "namespace 'kube-system'")]
    [InlineData("team", "team-b", "team 'team-b'")]
    public async Task A_parameter_naming_another_teams_thing_is_refused_naming_the_rule(string parameter, string value, string named)
    {
        var values = Values(new JsonObject { [parameter] = value });

        var refusal = await Guard().CheckCallerAsync(Path(), values, Alice, CancellationToken.None);

        Assert.Equal(403, refusal!.Status);
        Assert.Equal(GoldenPathRunGuard.OwnerRule, refusal.Title);
        Assert.Contains(named, refusal.Detail);
        Assert.Contains($"owner: {parameter switch { "app_name" => "application", _ => parameter }}", refusal.Detail);
    }

    [Fact]
    public async Task The_callers_own_things_pass_and_an_admin_may_name_anyones()
    {
        var own = Values(new JsonObject { ["namespace"] = "shop-dev", ["team"] = "team-a" });
        var others = Values(new JsonObject { ["app_name"] = "bank", ["namespace"] = "bank-dev", ["team"] = "team-b", ["image"] = "evil.example/x:1" });

        Assert.Null(await Guard().CheckCallerAsync(Path(), own, Alice, CancellationToken.None));
        Assert.Null(await Guard().CheckCallerAsync(Path(), others, Admin, CancellationToken.None));
    }

    [Theory]
    [InlineData("ghcr.io/acme/migrate:1.2", true)]
    [InlineData("ghcr.io/acme/migrate@sha256:abc", true)]
    [InlineData("ghcr.io/acme/migrate", true)]
    [InlineData("ghcr.io/acme/migrate-evil:1", false)]
    [InlineData("registry.example/migrations/users:3", true)]
    [InlineData("registry.example/migrations/../evil:3", false)]
    [InlineData("registry.example/other:3", false)]
    public async Task An_image_parameter_takes_only_allowed_images_from_a_member(string image, bool allowed)
    {
        var guard = Guard(allowedImages: ["ghcr.io/acme/migrate", "registry.example/migrations/"]);

        var refusal = await guard.CheckCallerAsync(Path(), Values(new JsonObject { ["image"] = image }), Alice, CancellationToken.None);

        Assert.Equal(allowed, refusal is null);
        Assert.True(allowed || refusal!.Title == GoldenPathRunGuard.ImageRule);
    }

    [Fact]
    public async Task Without_an_allow_list_only_an_admin_chooses_an_image()
    {
        var values = Values(new JsonObject { ["image"] = "ghcr.io/acme/migrate:1" });

        var refusal = await Guard().CheckCallerAsync(Path(), values, Alice, CancellationToken.None);

        Assert.Contains("none are allowed", refusal!.Detail);
        Assert.Null(await Guard().CheckCallerAsync(Path(), values, Admin, CancellationToken.None));
    }

    [Fact]
    public void A_setting_comes_from_configuration_and_a_caller_cannot_give_it()
    {
        var provided = new JsonObject { ["app_name"] = "shop", ["gitea_url"] = "http://attacker.example" };
        var configured = Validated(new JsonObject { ["app_name"] = "shop" });
        var unconfigured = Validated(new JsonObject { ["app_name"] = "shop" });

        var refusal = Guard().ApplySettings(Path(), provided, Values(provided));
        Guard(settings: new() { ["gitea_url"] = "http://gitea.platform:3000" }).ApplySettings(Path(), new JsonObject { ["app_name"] = "shop" }, configured);
        Guard().ApplySettings(Path(), new JsonObject { ["app_name"] = "shop" }, unconfigured);

        Assert.Equal((422, GoldenPathRunGuard.SettingRule), (refusal!.Status, refusal.Title));
        Assert.Contains("GoldenPaths:Settings:gitea_url", refusal.Detail);
        Assert.Equal("http://gitea.platform:3000", configured["gitea_url"]!.GetValue<string>());
        Assert.Equal("http://gitea.default", unconfigured["gitea_url"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_golden_path_for_admins_refuses_everyone_else()
    {
        var parsed = GoldenPathParser.Parse(Guarded.Replace("category: test}", "category: test, audience: admins}", StringComparison.Ordinal), "guarded.yaml", "guarded");
        var values = Values(new JsonObject());

        var member = await Guard().CheckCallerAsync(parsed.Value!, values, Alice, CancellationToken.None);

        Assert.True(parsed.Value!.AdminsOnly);
        Assert.Equal((403, GoldenPathRunGuard.AdminRule), (member!.Status, member.Title));
        Assert.Null(await Guard().CheckCallerAsync(parsed.Value!, values, Admin, CancellationToken.None));
    }

    [Theory]
    [InlineData("category: test}", "category: test, audience: robots}", "audience must be everyone or admins")]
    [InlineData("owner: application", "owner: planet", "unknown owner 'planet'")]
    [InlineData("format: image", "format: url", "unknown format 'url'")]
    [InlineData("{type: string, required: true, owner: application", "{type: integer, required: true, owner: application", "only apply to string parameters")]
    [InlineData("setting: gitea_url", "setting: gitea_url, owner: team", "cannot also declare an owner")]
    public void The_parser_refuses_owner_format_and_setting_it_does_not_know(string original, string replacement, string message)
    {
        var result = GoldenPathParser.Parse(Guarded.Replace(original, replacement, StringComparison.Ordinal), "guarded.yaml", "guarded");

        Assert.Contains(result.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    private static GoldenPath Path()
    {
        var parsed = GoldenPathParser.Parse(Guarded, "guarded.yaml", "guarded");
        Assert.True(parsed.IsValid, string.Join(Environment.NewLine, parsed.Errors));
        return parsed.Value!;
    }

    /// <summary>Valid values for the guarded path: a run of Alice's own app unless <paramref name="overrides"/> say otherwise.</summary>
    private static JsonObject Values(JsonObject overrides)
    {
        var values = new JsonObject { ["app_name"] = "shop", ["namespace"] = "shop-dev", ["team"] = "team-a", ["image"] = "" };
        foreach (var (name, value) in overrides)
            values[name] = value?.DeepClone();
        return values;
    }

    private static JsonObject Validated(JsonObject provided) => ParameterValidator.Validate(Path().Parameters, provided).Value!;

    private static GoldenPathRunGuard Guard(List<string>? allowedImages = null, Dictionary<string, string>? settings = null) =>
        new(Owners, Options.Create(new GoldenPathsOptions { AllowedImages = allowedImages ?? [], Settings = settings ?? new() }));
}
