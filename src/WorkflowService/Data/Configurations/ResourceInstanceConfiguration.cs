using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.WorkflowService.Data.Configurations;

public sealed class ResourceInstanceConfiguration : IEntityTypeConfiguration<ResourceInstance>
{
    public void Configure(EntityTypeBuilder<ResourceInstance> resource)
    {
        resource.ToTable("resources", t => t.HasCheckConstraint("ck_resources_state",
            $"state IN ({string.Join(", ", ResourceState.All.Select(s => $"'{s}'"))})"));
        resource.HasKey(r => r.Id);
        resource.HasIndex(r => new { r.ApplicationId, r.Name }).IsUnique();
        resource.HasIndex(r => new { r.Type, r.State });
        resource.HasIndex(r => r.Team);
        resource.HasOne<Application>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        resource.Property(r => r.State).HasMaxLength(32);
        resource.Property(r => r.DesiredOperation).HasMaxLength(16);
        resource.Property(r => r.Fingerprint).HasMaxLength(64);
        resource.Property(r => r.Parameters).HasColumnType("jsonb");
        resource.Property(r => r.Outputs).HasColumnType("jsonb");
        resource.HasMany(r => r.Transitions).WithOne().HasForeignKey(t => t.ResourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
