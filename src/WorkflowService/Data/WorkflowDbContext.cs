using Innominatus.WorkflowService.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Data;

public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    public const string Schema = "workflow";

    public DbSet<BusProbeAnswer> BusProbeAnswers => Set<BusProbeAnswer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<BusProbeAnswer>(answer =>
        {
            answer.ToTable("bus_probe_answers");
            answer.HasKey(a => new { a.ProbeId, a.Service });
            answer.Property(a => a.ProbeId).HasColumnName("probe_id");
            answer.Property(a => a.Service).HasColumnName("service").HasMaxLength(63);
            answer.Property(a => a.AnsweredAt).HasColumnName("answered_at");
            answer.Property(a => a.ReceivedAt).HasColumnName("received_at");
        });
    }
}
