namespace Innominatus.Contracts.Identity;

public sealed record TeamCreated(Guid TeamId, string Name, string CreatedBy, DateTimeOffset CreatedAt);
