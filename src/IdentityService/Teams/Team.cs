namespace Innominatus.IdentityService.Teams;

public sealed class Team
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; init; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<TeamMembership> Members { get; init; } = [];
}
