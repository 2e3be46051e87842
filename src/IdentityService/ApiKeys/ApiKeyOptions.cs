namespace Innominatus.IdentityService.ApiKeys;

/// <summary><c>Identity:ApiKeys</c>.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Identity:ApiKeys";

    public int DefaultExpiryDays { get; set; } = 90;

    public int MaxExpiryDays { get; set; } = 365;
}
