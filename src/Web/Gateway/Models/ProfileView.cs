namespace Innominatus.Web.Gateway.Models;

public sealed record ProfileView(string Username, string? Email, string? Team, IReadOnlyList<string> Teams, IReadOnlyList<string> Roles, bool IsAdmin, string Source);
