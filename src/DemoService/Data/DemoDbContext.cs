using Microsoft.EntityFrameworkCore;

namespace Innominatus.DemoService.Data;

/// <summary>The demo schema of idp_orchestrator; only this service reads or writes it.</summary>
public sealed class DemoDbContext(DbContextOptions<DemoDbContext> options) : DbContext(options)
{
    public const string Schema = "demo";

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema(Schema);
}
