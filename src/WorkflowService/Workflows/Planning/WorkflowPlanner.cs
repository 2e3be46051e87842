using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.WorkflowService.Workflows.Planning;

/// <summary>
/// What a run would do, without doing it: every step in order with its layer, and for Kubernetes steps the API
/// server's own verdict on each object (server-side dry run: validation, defaulting and admission, nothing stored);
/// a helm step's objects are the chart as <c>helm template</c> renders it (<see cref="Helm.HelmTemplate"/>).
/// </summary>
public sealed class WorkflowPlanner(KubernetesApplier applier, Helm.HelmTemplate helm)
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
        // The API server's verdicts may quote a manifest's values: secret parameters are masked in them.
        var secrets = scope.Secrets.With(SecretParameters.Names(definition).SelectMany(name => SecretValues.Strings(validated.Value![name])));
        var steps = new List<StepPlan>();
        var layer = 0;
        foreach (var phase in ordered.Value!.Phases)
        {
            foreach (var stepsOfLayer in phase.Layers)
            {
                layer++;
                foreach (var step in stepsOfLayer)
                {
                    var (objects, note) = step.Type is "kubernetes" or "argocd-app" or "helm" ? await DryRunAsync(step, scope, cancellationToken) : ([], null);
                    var shown = objects.Select(o => new ObjectPlan(secrets.Mask(o.Object), o.Result, o.Detail is null ? null : secrets.Mask(o.Detail))).ToList();
                    steps.Add(new StepPlan(step.Name, step.Type, step.Phase, layer, step.DependsOn, step.When, shown, note is null ? null : secrets.Mask(note)));
                }
            }
        }
        return new WorkflowPlanView(definition.Name, steps.SelectMany(s => s.Objects).All(o => o.Result == "valid"), steps, []);
    }

    private async Task<(IReadOnlyList<ObjectPlan>, string?)> DryRunAsync(StepDefinition step, TemplateScope scope, CancellationToken cancellationToken)
    {
        var unresolved = new List<string>();
        var written = step.Type == "helm" ? Helm.HelmTemplate.ForPlan(step.Config) : step.Config;
        var (config, _, problems) = StepConfigResolver.Resolve(step.Type, written, scope, unresolved);
        if (unresolved.Count > 0)
        {
            return ([], "not dry-run: the manifests use values known only while running (" + string.Join(", ", unresolved.Distinct().Select(u => "${" + u + "}")) + ")");
        }
        if (problems.Count > 0)
        {
            return ([new ObjectPlan("manifest", "invalid", string.Join("; ", problems))], null);
        }
        var ns = config["namespace"]?.ToString()
            ?? (step.Type == "argocd-app" ? "argocd" : scope.ApplicationNamespace);
        if (step.Type == "helm" && HelmStepRule.Operation(config) != HelmStepRule.Install)
        {
            return ([], $"helm {HelmStepRule.Operation(config)} of release {config["release"]} in {ns}: nothing to render");
        }
        var results = new List<ObjectPlan>();
        try
        {
            var namespaceExists = await NamespaceExistsAsync(ns, cancellationToken);
            if (!namespaceExists && step.Type == "argocd-app")
            {
                return ([new ObjectPlan($"Namespace/{ns}", "invalid", $"namespace {ns} does not exist: is ArgoCD installed there?")], null);
            }
            var manifests = step.Type == "helm" ? await helm.RenderAsync(config, ns, cancellationToken) : Manifests(step, config, scope, ns);
            foreach (var manifest in manifests)
            {
                var target = await applier.ResolveAsync(manifest, ns, cancellationToken);
                results.Add(await CheckAsync(target, manifest, namespaceExists, config["operation"]?.ToString() == "delete", cancellationToken));
            }
            var rendered = step.Type == "helm" ? $"rendered by helm template: {results.Count} objects" : null;
            var missing = namespaceExists ? null : $"namespace {ns} does not exist yet: the run creates it; its objects were validated in 'default'";
            return (results, rendered is null || missing is null ? rendered ?? missing : $"{rendered}; {missing}");
        }
        catch (KubernetesStepException e)
        {
            return (results.Append(new ObjectPlan("manifest", "invalid", e.Message)).ToList(), null);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or k8s.Exceptions.KubeConfigException or NoKubernetesClusterException)
        {
            return (results, $"not dry-run: no Kubernetes API server reachable ({e.Message})");
        }
    }

    private static IEnumerable<JsonObject> Manifests(StepDefinition step, JsonObject config, TemplateScope scope, string ns)
    {
        if (step.Type != "argocd-app")
        {
            return (config["manifests"] as JsonArray ?? []).OfType<JsonObject>();
        }
        var application = scope.Metadata["name"]?.ToString();
        var name = config["name"]?.ToString() ?? throw new KubernetesStepException("config.name is required");
        return [config["operation"]?.ToString() == "delete" ? ArgoCdApplication.Reference(name, ns) : ArgoCdApplication.Manifest(config, name, ns, scope.ApplicationNamespace, application)];
    }

    private async Task<ObjectPlan> CheckAsync(KubernetesObjectRef target, JsonObject manifest, bool namespaceExists, bool delete, CancellationToken cancellationToken)
    {
        if (delete)
        {
            return new ObjectPlan(target.ToString(), "valid", await applier.GetAsync(target, cancellationToken) is null ? "already gone" : "would be deleted");
        }
        try
        {
            var existing = await applier.GetAsync(target, cancellationToken);
            // An object of a namespace the run would create cannot be dry-run there yet: 'default' stands in for it.
            var (checkedTarget, checkedManifest) = namespaceExists || !target.Namespaced ? (target, manifest) : InDefault(target, manifest);
            await applier.ApplyAsync(checkedTarget, checkedManifest, dryRun: true, cancellationToken);
            return new ObjectPlan(target.ToString(), "valid", existing is null ? "would be created" : "would be updated");
        }
        catch (KubernetesStepException e)
        {
            return new ObjectPlan(target.ToString(), "invalid", e.Message);
        }
    }

    private static (KubernetesObjectRef, JsonObject) InDefault(KubernetesObjectRef target, JsonObject manifest)
    {
        var copy = (JsonObject)manifest.DeepClone();
        copy["metadata"]!["namespace"] = "default";
        return (target with { Namespace = "default" }, copy);
    }

    private async Task<bool> NamespaceExistsAsync(string ns, CancellationToken cancellationToken)
    {
        var reference = new KubernetesObjectRef("v1", "Namespace", "namespaces", false, null, ns);
        return await applier.GetAsync(reference, cancellationToken) is not null;
    }
}
