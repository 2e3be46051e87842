namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>Loads the golden paths before the service takes requests; an invalid set stops the start.</summary>
public sealed class GoldenPathCatalogLoader(IGoldenPathCatalog catalog) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var result = await catalog.ReloadAsync(cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The golden path set is invalid, so the workflow service does not start ({result.Errors.Count} errors):{Environment.NewLine}  "
                + string.Join($"{Environment.NewLine}  ", result.Errors));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
