using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Score;

/// <summary>A valid Score v1b1 workload; Document is the whole file as JSON, including anything the model leaves out.</summary>
public sealed record ScoreSpec(
    string ApiVersion,
    ScoreMetadata Metadata,
    IReadOnlyDictionary<string, ContainerSpec> Containers,
    ServiceSpec? Service,
    IReadOnlyDictionary<string, ResourceSpec> Resources,
    IReadOnlyDictionary<string, WorkflowDefinition> Workflows,
    JsonObject Document);
