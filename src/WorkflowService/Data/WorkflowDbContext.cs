using Innominatus.ServiceDefaults.Naming;
using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Diagnostics;
using Innominatus.WorkflowService.GoldenPathRuns;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Resources;
using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Data;

public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    public const string Schema = "workflow";

    public DbSet<BusProbeAnswer> BusProbeAnswers => Set<BusProbeAnswer>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<ApplicationRevision> ApplicationRevisions => Set<ApplicationRevision>();

    public DbSet<ResourceInstance> Resources => Set<ResourceInstance>();

    public DbSet<ResourceTransition> ResourceTransitions => Set<ResourceTransition>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<GoldenPathRun> GoldenPathRuns => Set<GoldenPathRun>();

    public DbSet<WorkflowExecution> WorkflowExecutions => Set<WorkflowExecution>();

    public DbSet<StepExecution> StepExecutions => Set<StepExecution>();

    public DbSet<StepLog> StepLogs => Set<StepLog>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase.Convert(property.Name));
                // A JsonDocument cannot change, and no code changes a stored list in place (DependsOn, ChangedResources).
                if (property.ClrType == typeof(System.Text.Json.JsonDocument))
                {
                    property.SetValueComparer(ReferenceComparer<System.Text.Json.JsonDocument>.Instance);
                }
                else if (property.ClrType == typeof(List<string>))
                {
                    property.SetValueComparer(ReferenceComparer<List<string>>.Instance);
                }
            }
        }
    }
}
