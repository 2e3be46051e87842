using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Innominatus.ServiceTests.Identity;

/// <summary>What a user does with curl, as helpers: log in, create teams, users and API keys through the gateway.</summary>
public static class GatewayCalls
{
    public static async Task<string> LoginAsync(HttpClient gateway, string username, string password)
    {
        var response = await gateway.PostAsJsonAsync("/api/login", new { username, password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"login of {username}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? bearer = null, object? body = null, string? apiKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (apiKey is not null)
        {
            request.Headers.Add("X-API-Key", apiKey);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return request;
    }

    public static async Task<JsonElement> SendOkAsync(HttpClient gateway, HttpMethod method, string path, string bearer, object? body = null)
    {
        var response = await gateway.SendAsync(Request(method, path, bearer, body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<string> CreateApiKeyAsync(HttpClient gateway, string bearer, string name, string? forUser = null)
    {
        var path = forUser is null ? "/api/profile/api-keys" : $"/api/admin/users/{forUser}/api-keys";
        return (await SendOkAsync(gateway, HttpMethod.Post, path, bearer, new { name, expiryDays = 30 })).GetProperty("key").GetString()!;
    }

    /// <summary>A signed access token for the key's user, from the API key grant at /connect/token.</summary>
    public static async Task<string> ExchangeApiKeyAsync(HttpClient gateway, string apiKey)
    {
        var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:innominatus:grant-type:api-key",
            ["api_key"] = apiKey,
            ["client_id"] = "innominatus-cli",
        }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token exchange: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("access_token").GetString()!;
    }
}
