using Microsoft.Extensions.Options;

namespace Innominatus.WorkflowService.Workflows.Jobs;

/// <summary>Refuses to start with process-step settings that could run no step, rather than fail every step later.</summary>
public sealed class JobStepOptionsCheck(JobStepOptions options, ILogger<JobStepOptionsCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException("Workflows:ProcessSteps", typeof(JobStepOptions), problems);
        }
        logger.LogInformation("Process steps run {Runner}", options.UsesJobs ? $"as Kubernetes Jobs ({options.JobImage})" : "as local processes");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
