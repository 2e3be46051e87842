using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.WorkflowService.Data.Configurations;

public sealed class WorkflowExecutionConfiguration : IEntityTypeConfiguration<WorkflowExecution>
{
    public void Configure(EntityTypeBuilder<WorkflowExecution> run)
    {
        run.ToTable("workflow_executions");
        run.HasKey(e => e.Id);
        run.HasIndex(e => e.RequestId).IsUnique().HasFilter("request_id IS NOT NULL");
        run.HasIndex(e => new { e.Team, e.CreatedAt });
        run.HasIndex(e => new { e.Application, e.CreatedAt });
        run.Property(e => e.Name).HasMaxLength(128);
        run.Property(e => e.Kind).HasMaxLength(32);
        run.Property(e => e.State).HasMaxLength(32);
        run.Property(e => e.Operation).HasMaxLength(16);
        run.Property(e => e.Team).HasMaxLength(128);
        run.Property(e => e.RequestedBy).HasMaxLength(256);
        run.Property(e => e.Definition).HasColumnType("jsonb");
        run.Property(e => e.Parameters).HasColumnType("jsonb");
        run.Property(e => e.Outputs).HasColumnType("jsonb");
        run.HasMany(e => e.Steps).WithOne().HasForeignKey(s => s.ExecutionId).OnDelete(DeleteBehavior.Cascade);
    }
}
