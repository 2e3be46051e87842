using Innominatus.WorkflowService.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.WorkflowService.Data.Configurations;

public sealed class ResourceTransitionConfiguration : IEntityTypeConfiguration<ResourceTransition>
{
    public void Configure(EntityTypeBuilder<ResourceTransition> transition)
    {
        transition.ToTable("resource_transitions");
        transition.HasKey(t => t.Id);
        transition.Property(t => t.Id).UseIdentityAlwaysColumn();
        transition.HasIndex(t => new { t.ResourceId, t.At });
        transition.Property(t => t.FromState).HasMaxLength(32);
        transition.Property(t => t.ToState).HasMaxLength(32);
        transition.Property(t => t.Actor).HasMaxLength(256);
    }
}
