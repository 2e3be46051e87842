namespace Innominatus.IdentityService.Tokens;

/// <summary>Key material generated at first start so that every replica and every restart signs with the same keys.</summary>
public sealed class StoredKey
{
    public required string Id { get; init; }

    public required string Material { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
