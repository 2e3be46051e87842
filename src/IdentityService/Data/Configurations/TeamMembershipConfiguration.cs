using Innominatus.IdentityService.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.IdentityService.Data.Configurations;

public sealed class TeamMembershipConfiguration : IEntityTypeConfiguration<TeamMembership>
{
    public void Configure(EntityTypeBuilder<TeamMembership> membership)
    {
        membership.ToTable("team_memberships");
        membership.HasKey(m => new { m.TeamId, m.UserId });
        membership.HasIndex(m => m.UserId);
        membership.Property(m => m.Role).HasMaxLength(16);
    }
}
