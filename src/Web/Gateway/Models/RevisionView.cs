namespace Innominatus.Web.Gateway.Models;

public sealed record RevisionView(int Revision, string SubmittedBy, DateTimeOffset SubmittedAt, string SpecHash, IReadOnlyList<string> ChangedResources);
