using Innominatus.IdentityService.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.IdentityService.Data.Configurations;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("users");
        user.HasKey(u => u.Id);
        user.HasIndex(u => u.Username).IsUnique();
        user.HasIndex(u => new { u.ExternalIssuer, u.ExternalSubject }).IsUnique();
        user.Property(u => u.Username).HasMaxLength(128);
        user.Property(u => u.PasswordHash).HasMaxLength(256);
        user.Property(u => u.Email).HasMaxLength(256);
        user.Property(u => u.Role).HasMaxLength(16);
        user.Property(u => u.PrimaryTeam).HasMaxLength(128);
        user.Property(u => u.Source).HasMaxLength(16);
        user.Property(u => u.ExternalIssuer).HasMaxLength(512);
        user.Property(u => u.ExternalSubject).HasMaxLength(256);
        user.HasMany(u => u.Memberships).WithOne(m => m.User).HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
