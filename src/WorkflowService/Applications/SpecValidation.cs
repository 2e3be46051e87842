using Innominatus.WorkflowService.Score;

namespace Innominatus.WorkflowService.Applications;

public sealed record SpecValidation(bool Valid, string? Name, IReadOnlyList<ScoreError> Errors, IReadOnlyList<SpecWarning> Warnings);
