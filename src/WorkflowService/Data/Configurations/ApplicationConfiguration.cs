using Innominatus.WorkflowService.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.WorkflowService.Data.Configurations;

public sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> application)
    {
        application.ToTable("applications");
        application.HasKey(a => a.Id);
        application.HasIndex(a => a.Name).IsUnique();
        application.HasIndex(a => a.Team);
        application.Property(a => a.Name).HasMaxLength(63);
        application.Property(a => a.Team).HasMaxLength(128);
        application.Property(a => a.CreatedBy).HasMaxLength(256);
        application.Property(a => a.State).HasMaxLength(32);
        application.HasMany(a => a.Revisions).WithOne().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
