namespace Innominatus.Web.Gateway.Models;

/// <summary>The body of POST /api/admin/users: a local account with its first team and platform role.</summary>
public sealed record NewUserRequest(string Username, string Password, string? Team, string Role);
