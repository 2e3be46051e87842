using Innominatus.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Innominatus.DemoService.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
public sealed class DemoDbContextFactory : IDesignTimeDbContextFactory<DemoDbContext>
{
    public DemoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DemoDbContext>();
        ServiceDatabaseExtensions.ConfigureNpgsql(options, "Host=localhost;Database=idp_orchestrator", DemoDbContext.Schema);
        return new DemoDbContext(options.Options);
    }
}
