namespace Innominatus.Contracts.Applications;

/// <summary>A Score spec was accepted as a new revision of an application.</summary>
public sealed record ApplicationSubmitted(
    Guid ApplicationId,
    string Application,
    string Team,
    int Revision,
    string SubmittedBy,
    IReadOnlyList<string> ChangedResources,
    DateTimeOffset SubmittedAt);
