using System.Text.Json.Nodes;
namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>Builds the <c>argoproj.io/v1alpha1</c> Application an <c>argocd-app</c> step's config describes.</summary>
public static class ArgoCdApplication
{
    public const string ApiVersion = "argoproj.io/v1alpha1";

    /// <summary>With it, deleting the Application makes ArgoCD delete what it synced; without, the objects stay.</summary>
    public const string CascadeFinalizer = "resources-finalizer.argocd.argoproj.io";

    /// <summary>Enough of the object to name it: deleting needs no source.</summary>
    public static JsonObject Reference(string name, string ns) => new()
    {
        ["apiVersion"] = ApiVersion,
        ["kind"] = "Application",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
    };

    /// <param name="destination">Where the synced objects go unless <c>config.destination.namespace</c> says.</param>
    public static JsonObject Manifest(JsonObject config, string name, string ns, string destination, string? application)
    {
        var metadata = new JsonObject
        {
            ["name"] = name,
            ["namespace"] = ns,
            ["labels"] = Labels(config, name, application),
        };
        if (config["cascade"]?.ToString() != "false")
        {
            metadata["finalizers"] = new JsonArray(CascadeFinalizer);
        }
        return new JsonObject
        {
            ["apiVersion"] = ApiVersion,
            ["kind"] = "Application",
            ["metadata"] = metadata,
            ["spec"] = new JsonObject
            {
                ["project"] = config["project"]?.ToString() ?? "default",
                ["source"] = Source(config),
                ["destination"] = new JsonObject
                {
                    ["server"] = config["destination"]?["server"]?.ToString() ?? "https://kubernetes.default.svc",
                    ["namespace"] = config["destination"]?["namespace"]?.ToString() ?? destination,
                },
                ["syncPolicy"] = SyncPolicy(config["syncPolicy"] as JsonObject),
            },
        };
    }

    private static JsonObject Source(JsonObject config)
    {
        if (config["source"] is JsonObject given)
        {
            return (JsonObject)given.DeepClone();
        }
        var repo = config["repoURL"]?.ToString() ?? throw new KubernetesStepException("config.repoURL (or config.source) is required");
        return new JsonObject
        {
            ["repoURL"] = repo,
            ["path"] = config["path"]?.ToString() ?? ".",
            ["targetRevision"] = config["targetRevision"]?.ToString() ?? "HEAD",
        };
    }

    /// <summary><c>automated</c> turns on auto-sync; <c>prune</c> and <c>selfHeal</c> only mean something with it.</summary>
    private static JsonObject SyncPolicy(JsonObject? given)
    {
        var policy = new JsonObject { ["syncOptions"] = given?["syncOptions"]?.DeepClone() ?? new JsonArray("CreateNamespace=true") };
        if (given?["automated"]?.ToString() == "true")
        {
            policy["automated"] = new JsonObject
            {
                ["prune"] = given["prune"]?.ToString() != "false",
                ["selfHeal"] = given["selfHeal"]?.ToString() != "false",
            };
        }
        return policy;
    }

    private static JsonObject Labels(JsonObject config, string name, string? application)
    {
        var labels = new JsonObject
        {
            ["app.kubernetes.io/instance"] = name,
            ["app.kubernetes.io/managed-by"] = "innominatus",
        };
        if (application is not null)
        {
            labels["app.kubernetes.io/part-of"] = application;
        }
        foreach (var (key, value) in config["labels"] as JsonObject ?? [])
        {
            labels[key] = value?.ToString();
        }
        return labels;
    }
}
