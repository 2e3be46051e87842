namespace Innominatus.IdentityService.Apis.Models;

public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
