using Innominatus.IdentityService.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.IdentityService.Data.Configurations;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("api_keys");
        key.HasKey(k => k.Id);
        key.HasIndex(k => k.KeyHash).IsUnique();
        key.HasIndex(k => new { k.UserId, k.Name }).IsUnique().HasFilter("revoked_at IS NULL");
        key.Property(k => k.Name).HasMaxLength(128);
        key.Property(k => k.Prefix).HasMaxLength(16);
        key.HasOne(k => k.User).WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
