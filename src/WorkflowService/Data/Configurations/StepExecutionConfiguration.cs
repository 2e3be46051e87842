using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.WorkflowService.Data.Configurations;

public sealed class StepExecutionConfiguration : IEntityTypeConfiguration<StepExecution>
{
    public void Configure(EntityTypeBuilder<StepExecution> step)
    {
        step.ToTable("step_executions");
        step.HasKey(s => s.Id);
        step.HasIndex(s => new { s.ExecutionId, s.Name }).IsUnique();
        // The retry poller looks for due retries only.
        step.HasIndex(s => s.NotBefore).HasFilter("state = 'pending' AND not_before IS NOT NULL");
        // It also looks for queued steps whose command was lost.
        step.HasIndex(s => s.QueuedAt).HasFilter("state = 'queued'");
        // The lease reaper looks for running steps whose lease has passed.
        step.HasIndex(s => s.LeaseExpiresAt).HasFilter("state = 'running'");
        step.Property(s => s.WorkerId).HasMaxLength(128);
        step.Property(s => s.Name).HasMaxLength(128);
        step.Property(s => s.Type).HasMaxLength(64);
        step.Property(s => s.Phase).HasMaxLength(16);
        step.Property(s => s.State).HasMaxLength(32);
        step.Property(s => s.Outputs).HasColumnType("jsonb");
        step.Ignore(s => s.IdempotencyKey);
    }
}
