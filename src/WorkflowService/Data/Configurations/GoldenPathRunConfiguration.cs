using Innominatus.WorkflowService.GoldenPathRuns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.WorkflowService.Data.Configurations;

public sealed class GoldenPathRunConfiguration : IEntityTypeConfiguration<GoldenPathRun>
{
    public void Configure(EntityTypeBuilder<GoldenPathRun> run)
    {
        run.ToTable("golden_path_runs");
        run.HasKey(r => r.Id);
        run.HasIndex(r => new { r.Team, r.RequestedAt });
        run.Property(r => r.GoldenPath).HasMaxLength(128);
        run.Property(r => r.Parameters).HasColumnType("jsonb");
        run.Property(r => r.RequestedBy).HasMaxLength(256);
        run.Property(r => r.Team).HasMaxLength(128);
        run.Property(r => r.State).HasMaxLength(32);
    }
}
