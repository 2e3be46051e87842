extern alias workflow;
using Innominatus.Contracts.Workflows;
using Innominatus.ServiceTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using workflow::Innominatus.WorkflowService.Data;
using workflow::Innominatus.WorkflowService.Workflows.Definitions;
using workflow::Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.ServiceTests.Workflows.Leases;

/// <summary>
/// A batch of claims that fails is tried again item by item: the good items must find their steps still theirs to
/// claim, not claimed by the failed batch and taken for duplicates (then nobody ran them).
/// </summary>
public class ClaimBatchTests
{
    [Fact]
    public async Task A_failed_batch_of_claims_leaves_its_steps_queued_for_the_retry_one_by_one()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["noop"] = "  - {name: only, type: noop}\n" });
        var good = await CreateQueuedAsync(engine);
        var other = await CreateQueuedAsync(engine);
        // A claim whose run cannot be loaded: the step is claimed by the statement, then the batch fails.
        var broken = new ClaimRequest(new ExecuteStep(Guid.NewGuid(), other.Step, 1), Redelivered: false);
        var request = new ClaimRequest(new ExecuteStep(good.Run, good.Step, 1), Redelivered: false);

        using var scope = engine.Service.Services.CreateScope();
        await Assert.ThrowsAnyAsync<Exception>(() => scope.ServiceProvider.GetRequiredService<StepAttempts>().ClaimAsync([request, broken]));
        using var retry = engine.Service.Services.CreateScope();
        var alone = await retry.ServiceProvider.GetRequiredService<StepAttempts>().ClaimAsync([request]);

        Assert.NotNull(alone.Single());
        Assert.Equal("queued", await TestInfrastructure.ScalarAsync<string>(engine.Service.DatabaseConnectionString, $"SELECT state FROM workflow.step_executions WHERE id = '{other.Step}'"));
    }

    /// <summary>A run with one queued step and no command sent for it.</summary>
    private static async Task<(Guid Run, Guid Step)> CreateQueuedAsync(EngineHost engine)
    {
        var step = new StepDefinition("only", "noop", "deploy", [], null, TimeSpan.FromMinutes(1), null, [], new Dictionary<string, string>());
        var definition = new WorkflowDefinition("single", null, new Dictionary<string, ParameterDefinition>(), [step], new Dictionary<string, string>());
        using var scope = engine.Service.Services.CreateScope();
        var execution = scope.ServiceProvider.GetRequiredService<WorkflowEngine>().Create(definition, [], new ExecutionRequest("golden-path", "team-a", "alice"));
        await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().SaveChangesAsync();
        return (execution.Id, execution.Steps.Single().Id);
    }
}
