using Innominatus.WorkflowService.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.WorkflowService.Data.Configurations;

public sealed class BusProbeAnswerConfiguration : IEntityTypeConfiguration<BusProbeAnswer>
{
    public void Configure(EntityTypeBuilder<BusProbeAnswer> answer)
    {
        answer.ToTable("bus_probe_answers");
        answer.HasKey(a => new { a.ProbeId, a.Service });
        answer.Property(a => a.Service).HasMaxLength(63);
    }
}
