using System.Net;

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
}
