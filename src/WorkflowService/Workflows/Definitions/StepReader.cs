using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>Reads the steps list; each step on its own (the checks across steps are in StepGraphChecker).</summary>
internal static class StepReader
{
    private static readonly string[] Fields = ["name", "type", "phase", "dependsOn", "when", "timeout", "retry", "config", "outputs"];

    public static IReadOnlyList<IndexedStep> ReadAll(JsonNode? node, string path, DefinitionContext context)
    {
        if (context.Read.List(node, path) is not { } list)
            return [];
        if (list.Count == 0)
            context.Report(path, "a workflow needs at least one step");
        var steps = new List<IndexedStep>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (Read(list[i], JsonPath.Index(path, i), context) is { } step)
                steps.Add(new IndexedStep(i, step));
        }
        return steps;
    }

    private static StepDefinition? Read(JsonNode? node, string path, DefinitionContext context)
    {
        var read = context.Read;
        if (read.Map(node, path) is not { } map)
            return null;
        read.AllowOnly(map, path, Fields);
        var name = read.Required(map, path, "name", read.String);
        if (name is not null && !DefinitionRules.IsName(name))
            context.Report(At(path, "name"), $"step name '{name}' is not {DefinitionRules.NameMeaning}");
        var type = read.Required(map, path, "type", read.String);
        if (type is not null && !StepTypes.IsKnown(type))
            context.Report(At(path, "type"), $"unknown step type '{type}' (known: {string.Join(", ", StepTypes.All)})");
        var phase = read.Optional(map, path, "phase", read.String);
        if (phase is not null && StepPhases.Order(phase) < 0)
            context.Report(At(path, "phase"), $"unknown phase '{phase}' (phases: {string.Join(", ", StepPhases.InOrder)})");
        var config = read.Optional(map, path, "config", read.Map)?.DeepClone().AsObject() ?? [];
        if (type is StepTypes.Script or StepTypes.Policy && config["script"] is JsonValue script && script.TryGetValue<string>(out var text))
        {
            foreach (var problem in ScriptPlaceholderRule.Problems(text))
                context.Report(JsonPath.Property(At(path, "config"), "script"), problem);
        }
        if (type is StepTypes.Kubernetes && EnsureSecretRule.Applies(config))
        {
            foreach (var problem in EnsureSecretRule.Problems(config))
                context.Report(At(path, "config"), problem);
        }
        if (type is StepTypes.Helm)
        {
            foreach (var problem in HelmStepRule.Problems(config))
                context.Report(At(path, "config"), problem);
        }
        return new StepDefinition(
            name ?? "",
            type ?? "",
            phase ?? StepPhases.Deploy,
            read.Optional(map, path, "dependsOn", read.StringList) ?? [],
            read.Optional(map, path, "when", read.String),
            read.Optional(map, path, "timeout", (value, at) => Timeout(value, at, name, context)),
            read.Optional(map, path, "retry", (value, at) => Retry(value, at, context)),
            config,
            read.Optional(map, path, "outputs", (value, at) => OutputsReader.Read(value, at, context)) ?? new Dictionary<string, string>());
    }

    private static TimeSpan? Timeout(JsonNode? node, string path, string? step, DefinitionContext context)
    {
        var duration = Duration(node, path, context);
        if (duration == TimeSpan.Zero)
            context.Report(path, "a timeout must be longer than zero");
        if (duration > WorkflowLimits.MaxStepTimeout)
            context.Report(path, $"step '{step}' asks for a timeout of {WorkflowLimits.Describe(duration.Value)}, over the limit of "
                + $"{WorkflowLimits.Describe(WorkflowLimits.MaxStepTimeout)} ({WorkflowLimits.Section}:MaxStepTimeout)");
        return duration;
    }

    private static RetryPolicy? Retry(JsonNode? node, string path, DefinitionContext context)
    {
        if (context.Read.Map(node, path) is not { } map)
            return null;
        context.Read.AllowOnly(map, path, ["count", "backoff"]);
        var count = context.Read.Required(map, path, "count", context.Read.Integer);
        if (count is < 0 or > RetryPolicy.MaxCount)
            context.Report(At(path, "count"), $"retry count must be between 0 and {RetryPolicy.MaxCount}, got {count}");
        var backoff = context.Read.Optional(map, path, "backoff", (value, at) => Duration(value, at, context));
        return new RetryPolicy((int)Math.Clamp(count ?? 0, 0, RetryPolicy.MaxCount), backoff ?? RetryPolicy.DefaultBackoff);
    }

    private static TimeSpan? Duration(JsonNode? node, string path, DefinitionContext context)
    {
        if (context.Read.String(node, path) is not { } text)
            return null;
        if (WorkflowDuration.TryParse(text, out var duration))
            return duration;
        context.Report(path, $"'{text}' is not {WorkflowDuration.Meaning}");
        return null;
    }

    private static string At(string path, string field) => JsonPath.Property(path, field);
}
