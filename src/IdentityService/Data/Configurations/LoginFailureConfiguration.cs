using Innominatus.IdentityService.Login;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Innominatus.IdentityService.Data.Configurations;

public sealed class LoginFailureConfiguration : IEntityTypeConfiguration<LoginFailure>
{
    public void Configure(EntityTypeBuilder<LoginFailure> failure)
    {
        failure.ToTable("login_failures");
        failure.HasKey(f => f.Id);
        failure.Property(f => f.Id).UseIdentityAlwaysColumn();
        failure.HasIndex(f => new { f.Username, f.At });
        failure.HasIndex(f => new { f.ClientAddress, f.At });
        failure.Property(f => f.Username).HasMaxLength(128);
        failure.Property(f => f.ClientAddress).HasMaxLength(64);
    }
}
