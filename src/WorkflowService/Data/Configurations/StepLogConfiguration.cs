using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.WorkflowService.Data.Configurations;

public sealed class StepLogConfiguration : IEntityTypeConfiguration<StepLog>
{
    public void Configure(EntityTypeBuilder<StepLog> log)
    {
        log.ToTable("step_logs");
        log.HasKey(l => l.Id);
        log.Property(l => l.Id).UseIdentityAlwaysColumn();
        log.HasIndex(l => new { l.ExecutionId, l.Id });
        log.HasOne<WorkflowExecution>().WithMany().HasForeignKey(l => l.ExecutionId).OnDelete(DeleteBehavior.Cascade);
        log.Property(l => l.Step).HasMaxLength(128);
    }
}
