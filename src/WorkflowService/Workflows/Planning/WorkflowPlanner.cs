using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.WorkflowService.Workflows.Planning;

/// <summary>
/// What a run would do, without doing it: every step in order with its layer, and for Kubernetes steps the API
/// server's own verdict on each object (server-side dry run: validation, defaulting and admission, nothing stored).
/// </summary>
public sealed class WorkflowPlanner(KubernetesApplier applier)
{
    public async Task<WorkflowPlanView> PlanAsync(WorkflowDefinition definition, JsonObject parameters, TemplateScope scope, CancellationToken cancellationToken)
    {
        var validated = ParameterValidator.Validate(definition.Parameters, parameters);
        var ordered = WorkflowPlan.Create(definition);
        var errors = validated.Errors.Concat(ordered.Errors).Select(e => $"{e.Path}: {e.Message}").ToList();
        if (errors.Count > 0)
        {
            return new WorkflowPlanView(definition.Name, false, [], errors);
        }
        scope = scope with { Parameters = validated.Value! };
        var steps = new List<StepPlan>();
        var layer = 0;
        foreach (var phase in ordered.Value!.Phases)
        {
            foreach (var stepsOfLayer in phase.Layers)
            {
                layer++;
                foreach (var step in stepsOfLayer)
                {
                    var (objects, note) = step.Type == "kubernetes" ? await DryRunAsync(step, scope, cancellationToken) : ([], null);
                    steps.Add(new StepPlan(step.Name, step.Type, step.Phase, layer, step.DependsOn, step.When, objects, note));
                }
            }
        }
        return new WorkflowPlanView(definition.Name, steps.SelectMany(s => s.Objects).All(o => o.Result == "valid"), steps, []);
    }

    private async Task<(IReadOnlyList<ObjectPlan>, string?)> DryRunAsync(StepDefinition step, TemplateScope scope, CancellationToken cancellationToken)
    {
        var unresolved = new List<string>();
        var config = TemplateResolver.Resolve(step.Config, scope, unresolved) as JsonObject ?? [];
        if (unresolved.Count > 0)
        {
            return ([], "not dry-run: the manifests use values known only while running (" + string.Join(", ", unresolved.Distinct().Select(u => "${" + u + "}")) + ")");
        }
        var ns = config["namespace"]?.ToString() ?? scope.Parameters["namespace"]?.ToString() ?? scope.Metadata["name"]?.ToString() ?? "default";
        var results = new List<ObjectPlan>();
        try
        {
            var namespaceExists = await NamespaceExistsAsync(ns, cancellationToken);
            foreach (var manifest in ManifestReader.ReadAll(config["manifest"]?.ToString() ?? ""))
            {
                // A namespace the run would create does not exist yet: validate its objects in 'default' instead.
                var target = await applier.ResolveAsync(manifest, namespaceExists ? ns : "default", cancellationToken);
                results.Add(await CheckAsync(target, manifest, config["operation"]?.ToString() == "delete", cancellationToken));
            }
            return (results, namespaceExists ? null : $"namespace {ns} does not exist yet: the run creates it; objects were validated in 'default'");
        }
        catch (KubernetesStepException e)
        {
            return (results.Append(new ObjectPlan("manifest", "invalid", e.Message)).ToList(), null);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or k8s.Exceptions.KubeConfigException)
        {
            return (results, $"not dry-run: no Kubernetes API server reachable ({e.Message})");
        }
    }

    private async Task<ObjectPlan> CheckAsync(KubernetesObjectRef target, JsonObject manifest, bool delete, CancellationToken cancellationToken)
    {
        if (delete)
        {
            return new ObjectPlan(target.ToString(), "valid", await applier.GetAsync(target, cancellationToken) is null ? "already gone" : "would be deleted");
        }
        try
        {
            var existing = await applier.GetAsync(target, cancellationToken);
            await applier.ApplyAsync(target, manifest, dryRun: true, cancellationToken);
            return new ObjectPlan(target.ToString(), "valid", existing is null ? "would be created" : "would be updated");
        }
        catch (KubernetesStepException e)
        {
            return new ObjectPlan(target.ToString(), "invalid", e.Message);
        }
    }

    private async Task<bool> NamespaceExistsAsync(string ns, CancellationToken cancellationToken)
    {
        var reference = new KubernetesObjectRef("v1", "Namespace", "namespaces", false, null, ns);
        return await applier.GetAsync(reference, cancellationToken) is not null;
    }
}
