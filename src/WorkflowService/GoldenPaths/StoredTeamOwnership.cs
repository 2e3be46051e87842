using Innominatus.WorkflowService.Data;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>
/// Ownership from the stored applications. A namespace belongs to the team of the application whose name it is or
/// starts with (<c>shop</c>, <c>shop-dev</c>; the longest such name wins), or to TEAM for <c>team-TEAM</c>; when
/// both rules apply and disagree, or for the cluster's own namespaces, it belongs to nobody.
/// </summary>
public sealed class StoredTeamOwnership(WorkflowDbContext db) : ITeamOwnership
{
    private const string TeamNamespacePrefix = "team-";

    public Task<string?> ApplicationOwnerAsync(string application, CancellationToken cancellationToken) =>
        db.Applications.AsNoTracking().Where(a => a.Name == application).Select(a => a.Team).SingleOrDefaultAsync(cancellationToken);

    public async Task<string?> NamespaceOwnerAsync(string ns, CancellationToken cancellationToken)
    {
        if (ns is "" or "default" || ns.StartsWith("kube-", StringComparison.Ordinal))
        {
            return null;
        }
        var prefixes = Prefixes(ns);
        var owners = await db.Applications.AsNoTracking().Where(a => prefixes.Contains(a.Name)).Select(a => new { a.Name, a.Team }).ToListAsync(cancellationToken);
        var byApplication = owners.OrderByDescending(a => a.Name.Length).FirstOrDefault()?.Team;
        var byTeam = ns.StartsWith(TeamNamespacePrefix, StringComparison.Ordinal) ? ns[TeamNamespacePrefix.Length..] : null;
        return (byApplication, byTeam) switch
        {
            (null, _) => byTeam,
            (_, null) => byApplication,
            _ => byApplication == byTeam ? byApplication : null,
        };
    }

    /// <summary>The namespace and every part of it before a dash: <c>a-b-c</c> gives a-b-c, a-b and a.</summary>
    private static List<string> Prefixes(string ns)
    {
        var prefixes = new List<string> { ns };
        for (var dash = ns.LastIndexOf('-'); dash > 0; dash = ns.LastIndexOf('-', dash - 1))
        {
            prefixes.Add(ns[..dash]);
        }
        return prefixes;
    }
}
