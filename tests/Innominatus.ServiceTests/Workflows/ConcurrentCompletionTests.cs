extern alias workflow;
using System.Text.Json.Nodes;
using Innominatus.Contracts.Workflows;
using Innominatus.ServiceTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using workflow::Innominatus.WorkflowService.Data;
using workflow::Innominatus.WorkflowService.Workflows.Definitions;
using workflow::Innominatus.WorkflowService.Workflows.Engine;
using workflow::Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>
/// Two parallel steps whose outcomes are recorded in two transactions at the same moment, both waiting for the run's
/// row lock: the second to get it must see the first's outcome, or neither finishes the run (seen in the real cluster:
/// a delete-redis run whose three steps all succeeded stayed running).
/// </summary>
public class ConcurrentCompletionTests
{
    [Fact]
    public async Task Two_steps_finishing_at_once_in_separate_transactions_finish_the_run()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["noop"] = "  - {name: only, type: noop}\n" });
        var (run, steps) = await CreateRunningAsync(engine);

        await using var blocker = new NpgsqlConnection(engine.Service.DatabaseConnectionString);
        await blocker.OpenAsync();
        await using var hold = await blocker.BeginTransactionAsync();
        await new NpgsqlCommand($"SELECT 1 FROM workflow.workflow_executions WHERE id = '{run}' FOR UPDATE", blocker, hold).ExecuteNonQueryAsync();
        var completions = steps.Select(step => CompleteAsync(engine, run, step)).ToList();
        await WaitForLockWaitersAsync(engine, 2);
        await hold.CommitAsync();
        await Task.WhenAll(completions);

        var state = await TestInfrastructure.ScalarAsync<string>(engine.Service.DatabaseConnectionString,
            $"SELECT state FROM workflow.workflow_executions WHERE id = '{run}'");
        Assert.Equal("succeeded", state);
    }

    /// <summary>A run of two independent steps, both claimed (running), with no command sent for either.</summary>
    private static async Task<(Guid Run, List<Guid> Steps)> CreateRunningAsync(EngineHost engine)
    {
        StepDefinition Step(string name) => new(name, "noop", "deploy", [], null, TimeSpan.FromMinutes(1), null, [], new Dictionary<string, string>());
        var definition = new WorkflowDefinition("pair", null, new Dictionary<string, ParameterDefinition>(), [Step("left"), Step("right")], new Dictionary<string, string>());
        using var scope = engine.Service.Services.CreateScope();
        var execution = scope.ServiceProvider.GetRequiredService<WorkflowEngine>().Create(definition, [], new ExecutionRequest("golden-path", "team-a", "alice"));
        await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().SaveChangesAsync();
        var worker = engine.Service.Services.GetRequiredService<WorkerIdentity>().Id;
        await TestInfrastructure.ScalarAsync<int>(engine.Service.DatabaseConnectionString,
            $"WITH s AS (UPDATE workflow.step_executions SET state = 'running', started_at = now(), worker_id = '{worker}', lease_expires_at = now() + interval '1 hour' WHERE execution_id = '{execution.Id}' RETURNING 1) SELECT count(*)::int FROM s");
        return (execution.Id, execution.Steps.Select(s => s.Id).ToList());
    }

    private static async Task CompleteAsync(EngineHost engine, Guid run, Guid step)
    {
        using var scope = engine.Service.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<StepAttempts>().CompleteAsync(
            [new StepCompletion(new ExecuteStep(run, step, 1), StepOutcome.Success(new JsonObject()), [])]);
    }

    private static async Task WaitForLockWaitersAsync(EngineHost engine, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await TestInfrastructure.ScalarAsync<long>(engine.Service.DatabaseConnectionString,
                   "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()") < count)
        {
            Assert.True(DateTime.UtcNow < deadline, "the two outcome transactions never waited for the run's lock");
            await Task.Delay(50);
        }
    }
}
