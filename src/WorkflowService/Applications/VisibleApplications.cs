using Innominatus.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Applications;

public static class VisibleApplications
{
    /// <summary>
    /// The application of that name if the caller may see it, else null: no such application and another team's
    /// answer alike, so a name tells an outsider nothing. Tracked or not as <paramref name="applications"/> is.
    /// </summary>
    public static async Task<Application?> FindVisibleAsync(this IQueryable<Application> applications, string name, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        var application = await applications.SingleOrDefaultAsync(a => a.Name == name, cancellationToken);
        return application is not null && caller.MaySee(application.Team) ? application : null;
    }
}
