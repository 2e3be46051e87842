using Innominatus.WorkflowService.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.WorkflowService.Data.Configurations;

public sealed class ApplicationRevisionConfiguration : IEntityTypeConfiguration<ApplicationRevision>
{
    public void Configure(EntityTypeBuilder<ApplicationRevision> revision)
    {
        revision.ToTable("application_revisions");
        revision.HasKey(r => new { r.ApplicationId, r.Revision });
        revision.Property(r => r.Spec).HasColumnType("jsonb");
        revision.Property(r => r.SpecHash).HasMaxLength(64);
        revision.Property(r => r.SubmittedBy).HasMaxLength(256);
    }
}
