using Innominatus.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Innominatus.WorkflowService.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
public sealed class WorkflowDbContextFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WorkflowDbContext>();
        ServiceDatabaseExtensions.ConfigureNpgsql(options, "Host=localhost;Database=idp_orchestrator", WorkflowDbContext.Schema);
        return new WorkflowDbContext(options.Options);
    }
}
