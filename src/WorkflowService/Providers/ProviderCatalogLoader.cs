namespace Innominatus.WorkflowService.Providers;

/// <summary>Loads the providers before the service takes requests; an invalid provider set stops the start.</summary>
public sealed class ProviderCatalogLoader(IProviderCatalog catalog) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var result = await catalog.ReloadAsync(cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The provider set is invalid, so the workflow service does not start ({result.Errors.Count} errors):{Environment.NewLine}  "
                + string.Join($"{Environment.NewLine}  ", result.Errors));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
