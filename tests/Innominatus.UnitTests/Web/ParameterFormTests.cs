extern alias web;
using System.Text.Json.Nodes;
using web::Innominatus.Web.Gateway.Models;
using web::Innominatus.Web.GoldenPaths;

namespace Innominatus.UnitTests.Web;

/// <summary>A golden path's form: one field per parameter the caller may set, sent as the parameter's JSON type.</summary>
public class ParameterFormTests
{
    [Fact]
    public void Fields_start_at_their_defaults_and_are_sent_typed_while_empty_ones_are_left_to_the_defaults()
    {
        var form = new ParameterForm([
            Parameter("app_name", "string", required: true),
            Parameter("environment", "string", JsonValue.Create("dev"), choices: ["dev", "prod"]),
            Parameter("replicas", "integer", JsonValue.Create(2)),
            Parameter("delete_namespace", "boolean", JsonValue.Create(false)),
            Parameter("labels", "object"),
            Parameter("gitea_url", "string", JsonValue.Create("http://gitea"), setting: "gitea_url"),
            Parameter("token", "string", JsonValue.Create("(secret)"), secret: true),
        ]);

        Assert.Equal(new[] { "app_name", "environment", "replicas", "delete_namespace", "labels", "token" }, form.Fields.Select(f => f.Name));
        Assert.Equal("gitea_url", Assert.Single(form.Settings).Name);
        Assert.Equal("dev", form.GetText("environment"));
        Assert.Null(form.GetText("token"));
        Assert.Equal(new[] { "dev", "prod" }, ParameterForm.Choices(form.Fields[1]));

        form.SetText("app_name", "shop");
        form.SetText("replicas", "3");
        form.SetFlag("delete_namespace", true);
        form.SetText("labels", """{"tier": "web"}""");

        Assert.Equal("""{"app_name":"shop","environment":"dev","replicas":3,"delete_namespace":true,"labels":{"tier":"web"}}""", form.ToJson().ToJsonString());
    }

    [Fact]
    public void Text_that_is_not_of_the_parameters_type_is_sent_as_it_is_for_the_api_to_refuse()
    {
        var form = new ParameterForm([Parameter("replicas", "integer"), Parameter("labels", "array")]);
        form.SetText("replicas", "three");
        form.SetText("labels", "[not json");

        Assert.Equal("""{"replicas":"three","labels":"[not json"}""", form.ToJson().ToJsonString());
    }

    private static ParameterSummary Parameter(
        string name, string type, JsonNode? value = null, bool required = false, string[]? choices = null, string? setting = null, bool secret = false) =>
        new(name, type, required, value, null, choices?.Select(c => (JsonNode)JsonValue.Create(c)).ToList(), null, null, null, null, setting, null, secret);
}
