namespace Innominatus.Web.Gateway.Models;

/// <summary>The answer of <c>POST /api/specs/validate</c>: the server's own Score validator.</summary>
public sealed record SpecValidation(bool Valid, string? Name, IReadOnlyList<SpecError> Errors, IReadOnlyList<SpecWarning> Warnings);
