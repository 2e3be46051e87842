namespace Innominatus.WorkflowService.Applications;

public enum SubmissionStatus
{
    Created,
    Updated,
    Unchanged,
    Forbidden,
    UnknownResourceTypes,
    NoTeam,
    InvalidParameters,
}

/// <summary>What became of a submitted spec; the API turns it into a status code.</summary>
public sealed record SubmissionOutcome(SubmissionStatus Status, ApplicationView? Application = null, IReadOnlyList<string>? UnknownTypes = null, IReadOnlyCollection<string>? OfferedTypes = null, IReadOnlyList<string>? ParameterErrors = null);
