using Innominatus.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Innominatus.IdentityService.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
public sealed class IdentityDbContextFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IdentityDbContext>();
        ServiceDatabaseExtensions.ConfigureNpgsql(options, "Host=localhost;Database=idp_orchestrator", IdentityDbContext.Schema);
        return new IdentityDbContext(options.Options);
    }
}
