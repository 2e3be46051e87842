using Innominatus.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Innominatus.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web UI.</summary>
public sealed class WebDbContextFactory : IDesignTimeDbContextFactory<WebDbContext>
{
    public WebDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WebDbContext>();
        ServiceDatabaseExtensions.ConfigureNpgsql(options, "Host=localhost;Database=idp_orchestrator", WebDbContext.Schema);
        return new WebDbContext(options.Options);
    }
}
