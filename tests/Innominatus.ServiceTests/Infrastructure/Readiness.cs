using System.Net;
using System.Text.Json;

namespace Innominatus.ServiceTests.Infrastructure;

public static class Readiness
{
    /// <summary>The bus connects in the background after start-up, so readiness may take a moment.</summary>
    public static async Task<JsonDocument> WaitAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await client.GetAsync("/ready");
            if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            }
            await Task.Delay(100);
        }
    }
}
