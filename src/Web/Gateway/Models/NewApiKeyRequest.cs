namespace Innominatus.Web.Gateway.Models;

/// <summary>The body of a POST that creates an API key: its name and how many days it stays valid.</summary>
public sealed record NewApiKeyRequest(string Name, int ExpiryDays);
