using Innominatus.IdentityService.Data;

namespace Innominatus.IdentityService.Audit;

/// <summary>Adds audit entries to the current unit of work, so an entry is stored exactly when the change is.</summary>
public sealed class AuditLog(IdentityDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public void Record(string actor, string action, string? target, string outcome, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor,
            Action = action,
            Target = target,
            Outcome = outcome,
            Detail = detail,
            ClientAddress = Login.ClientAddress.Of(http.HttpContext),
        });

    /// <summary>Records and saves at once: for outcomes that change nothing else (a failed login, a denied call).</summary>
    public async Task RecordNowAsync(string actor, string action, string? target, string outcome, string? detail = null, CancellationToken cancellationToken = default)
    {
        Record(actor, action, target, outcome, detail);
        await db.SaveChangesAsync(cancellationToken);
    }
}
