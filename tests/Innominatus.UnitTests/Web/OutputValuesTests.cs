extern alias web;
using System.Text.Json;
using web::Innominatus.Web.Gateway.Models;

namespace Innominatus.UnitTests.Web;

/// <summary>A resource page names where a secret is kept and never shows one, whatever the API sent.</summary>
public class OutputValuesTests
{
    [Fact]
    public void Secret_references_masked_values_and_secret_names_are_never_shown_as_values()
    {
        var outputs = JsonSerializer.Deserialize<JsonElement>("""
            {"host": "db.web-a.svc", "port": 5432, "password": "secretRef:web-a/db-conn#password",
             "masked": "(secret)", "db_token": "plain-text-the-api-should-not-have-sent"}
            """);

        var shown = OutputValues.Of(outputs).ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal("db.web-a.svc", shown["host"]);
        Assert.Equal("5432", shown["port"]);
        Assert.Equal("secret, kept in web-a/db-conn#password", shown["password"]);
        Assert.Equal("secret (not shown)", shown["masked"]);
        Assert.Equal("secret (not shown)", shown["db_token"]);
    }

    [Fact]
    public void No_outputs_are_an_empty_list()
    {
        Assert.Empty(OutputValues.Of(null));
        Assert.Empty(OutputValues.Of(JsonSerializer.Deserialize<JsonElement>("null")));
    }
}
