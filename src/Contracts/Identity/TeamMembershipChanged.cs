namespace Innominatus.Contracts.Identity;

/// <summary><paramref name="Change"/> is <c>added</c>, <c>updated</c> or <c>removed</c>; <paramref name="Role"/> is <c>member</c> or <c>team-admin</c> (null when removed).</summary>
public sealed record TeamMembershipChanged(string Team, string Username, string Change, string? Role, string ChangedBy, DateTimeOffset ChangedAt);
