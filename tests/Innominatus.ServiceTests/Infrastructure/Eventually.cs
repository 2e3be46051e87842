namespace Innominatus.ServiceTests.Infrastructure;

public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, int timeoutSeconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The condition did not hold within {timeoutSeconds} s.");
            await Task.Delay(100);
        }
    }
}
