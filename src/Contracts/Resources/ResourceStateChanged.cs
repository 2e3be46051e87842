namespace Innominatus.Contracts.Resources;

public sealed record ResourceStateChanged(
    Guid ResourceId,
    string Application,
    string Team,
    string Resource,
    string Type,
    string From,
    string To,
    string Reason,
    string Actor,
    DateTimeOffset ChangedAt);
