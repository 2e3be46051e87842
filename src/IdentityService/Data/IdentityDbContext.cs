using Innominatus.IdentityService.ApiKeys;
using Innominatus.IdentityService.Audit;
using Innominatus.IdentityService.Login;
using Innominatus.IdentityService.Sessions;
using Innominatus.IdentityService.Teams;
using Innominatus.IdentityService.Tokens;
using Innominatus.IdentityService.Users;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.IdentityService.Data;

/// <summary>The identity schema of idp_orchestrator; only this service reads or writes it. OpenIddict's tables live here too.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public const string Schema = "identity";

    public DbSet<User> Users => Set<User>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<TeamMembership> TeamMemberships => Set<TeamMembership>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<LoginFailure> LoginFailures => Set<LoginFailure>();

    public DbSet<StoredKey> StoredKeys => Set<StoredKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
