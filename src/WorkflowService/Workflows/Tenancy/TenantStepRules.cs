using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Tenancy;

/// <summary>
/// What a tenant workflow's step may do: act inside its application's own namespace through the engine. Checked on
/// the config as written when the workflow is submitted, and again by the engine on the resolved config of each step,
/// since stored runs may predate a rule and placeholders are only known while running.
/// </summary>
public static class TenantStepRules
{
    public const string Scope = "a Score file's workflows";
    private const string EngineStep = "resources-ready";

    private static readonly HashSet<string> ProcessRunning = new(StringComparer.Ordinal)
        { StepTypes.Script, StepTypes.Policy, StepTypes.Terraform, StepTypes.Ansible, StepTypes.Helm };

    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
        { StepTypes.Kubernetes, StepTypes.ScoreWorkload, StepTypes.ArgoCdApp, StepTypes.Http, StepTypes.Approval, StepTypes.Noop, EngineStep };

    /// <summary>Every rule the step breaks; <paramref name="application"/> is the run's application, whose name is its namespace.</summary>
    public static List<string> Check(string type, JsonObject config, string application)
    {
        if (ProcessRunning.Contains(type))
        {
            return [$"Step type '{type}' is not allowed in {Scope}: process-running steps belong to platform workflows"];
        }
        if (type == StepTypes.GiteaRepo)
        {
            return [$"Step type '{type}' is not allowed in {Scope}: it acts with the platform's Gitea token, which belongs to platform workflows"];
        }
        if (!Allowed.Contains(type))
        {
            return [$"Step type '{type}' is not allowed in {Scope}: only kubernetes, score-workload, argocd-app, http, approval and noop steps are"];
        }
        return type switch
        {
            StepTypes.Kubernetes => KubernetesErrors(config, application),
            StepTypes.ScoreWorkload or EngineStep => OwnApplication(config, application, "application").Concat(OwnNamespace(config, application)).ToList(),
            StepTypes.ArgoCdApp => ArgoCdErrors(config),
            StepTypes.Http when config.ContainsKey("credentials") => [$"an http step in {Scope} cannot use 'credentials': configured credentials belong to platform workflows"],
            // The engine's connection reads Secrets in every namespace: the engine, not the team, decides credentials.
            StepTypes.Http when config.ContainsKey(CredentialsSecretConfig.Key) => [$"an http step in {Scope} cannot use '{CredentialsSecretConfig.Key}': credentials read from Kubernetes Secrets belong to platform workflows"],
            _ => [],
        };
    }

    public static string OtherNamespace(string ns, string application) =>
        $"{Scope} act only in the application's own namespace '{application}', not in '{ns}'";

    public static string ClusterScoped(string kind) =>
        $"{kind} is cluster-scoped: {Scope} may only apply namespaced objects into the application's own namespace";

    private static List<string> KubernetesErrors(JsonObject config, string application)
    {
        var errors = OwnNamespace(config, application).ToList();
        foreach (var manifest in Manifests(config))
        {
            var kind = manifest["kind"]?.ToString() ?? "";
            if (ClusterScopedKinds.Contains(kind))
            {
                errors.Add(ClusterScoped(kind));
            }
            if (GuardrailKinds.Contains(kind))
            {
                errors.Add($"{kind} is a guardrail of the namespace (access, quotas, network rules): it belongs to platform workflows, not to {Scope}");
            }
            if (manifest["metadata"]?["namespace"] is JsonValue ns && !IsOwn(ns.ToString(), application))
            {
                errors.Add(OtherNamespace(ns.ToString(), application));
            }
        }
        return errors;
    }

    private static List<string> ArgoCdErrors(JsonObject config)
    {
        var errors = new[] { "project", "destination", "namespace" }.Where(config.ContainsKey)
            .Select(key => $"'{key}' of an argocd-app step in {Scope} is set by the engine (the team's ArgoCD project, the application's namespace)")
            .ToList();
        errors.AddRange((config["labels"] as JsonObject ?? []).Select(l => l.Key)
            .Where(TenantArgoCd.IsEngineLabel)
            .Select(key => $"label '{key}' of an argocd-app step in {Scope} is set by the engine"));
        return errors;
    }

    private static IEnumerable<string> OwnNamespace(JsonObject config, string application) =>
        config["namespace"] is { } ns && !IsOwn(ns.ToString(), application) ? [OtherNamespace(ns.ToString(), application)] : [];

    private static IEnumerable<string> OwnApplication(JsonObject config, string application, string key) =>
        config[key] is { } other && !IsOwn(other.ToString(), application)
            ? [$"{Scope} may only act on their own application '{application}', not on '{other}'"]
            : [];

    /// <summary>As written, <c>${metadata.name}</c> is the application's name; once resolved, only the name itself is.</summary>
    private static bool IsOwn(string value, string application) => value == application || value == "${metadata.name}";

    /// <summary>The manifests that can be read before running; one that only reads as YAML once resolved is checked then.</summary>
    private static IEnumerable<JsonObject> Manifests(JsonObject config)
    {
        var texts = new List<JsonNode?> { config["manifest"] };
        texts.AddRange(config["manifests"] as JsonArray ?? []);
        foreach (var node in texts)
        {
            if (node is JsonObject obj)
            {
                yield return obj;
                continue;
            }
            List<JsonObject> read;
            try
            {
                read = node is JsonValue text ? ManifestReader.ReadAll(text.ToString()) : [];
            }
            catch (KubernetesStepException)
            {
                read = [];
            }
            foreach (var manifest in read)
            {
                yield return manifest;
            }
        }
    }
}
