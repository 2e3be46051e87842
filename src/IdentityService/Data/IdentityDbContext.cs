using Microsoft.EntityFrameworkCore;

namespace Innominatus.IdentityService.Data;

/// <summary>The identity schema of idp_orchestrator; only this service reads or writes it.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public const string Schema = "identity";

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema(Schema);
}
