using System.Net;
using System.Text.Json;

namespace Innominatus.ServiceTests.Infrastructure;

public static class Expect
{
    /// <summary>Asserts the status and shows the body when it differs: the problem details say what went wrong.</summary>
    public static async Task<HttpResponseMessage> StatusAsync(this Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        var response = await call;
        if (response.StatusCode != expected)
        {
            Assert.Fail($"expected {(int)expected} {expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return response;
    }

    /// <summary>Asserts a problem answer with the status and the title (the rule that refused the call); returns the problem.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string title)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected} {expected}, got {(int)response.StatusCode}: {body}");
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        return problem;
    }
}
