namespace Innominatus.SystemTests;

/// <summary>One running system shared by the read-only checks of a test class.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    private LocalSystem? system;

    public LocalSystem System => system ?? throw new InvalidOperationException("The system has not started.");

    public async Task InitializeAsync() => system = await LocalSystem.StartAsync(LocalSystem.NewRoot());

    public async Task DisposeAsync()
    {
        if (system is not null)
        {
            await system.DisposeAsync();
            Directory.Delete(system.Root, recursive: true);
        }
    }
}
