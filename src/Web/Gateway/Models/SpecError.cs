namespace Innominatus.Web.Gateway.Models;

public sealed record SpecError(string Path, string Message, int? Line, int? Column);
