using k8s.Models;

namespace Innominatus.Manifests;

/// <summary>
/// A workload's environment: the Aspire env with expressions resolved, preceded by one SECRET_… variable per
/// parameter it uses (Kubernetes expands $(VAR) only for variables defined earlier in the list).
/// </summary>
internal sealed class EnvironmentBuilder(ExpressionResolver resolver)
{
    public List<V1EnvVar> Build(AspireResource resource)
    {
        var values = new List<V1EnvVar>();
        var parameters = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, template) in resource.Env)
        {
            var resolved = resolver.Resolve(template);
            if (resolved is null)
            {
                continue; // an https endpoint: not served inside the cluster
            }
            if (resolved.WholeParameter is { } parameter)
            {
                values.Add(new V1EnvVar { Name = name, ValueFrom = SecretKey(parameter) });
                continue;
            }
            parameters.UnionWith(resolved.Parameters);
            values.Add(new V1EnvVar { Name = name, Value = resolved.Text });
        }
        if (resource.IsProject)
        {
            values.Add(new V1EnvVar { Name = "RUNNING_IN_KUBERNETES", Value = "true" });
            // The namespace the services are deployed to is the platform's: the WorkflowService reserves it.
            values.Add(new V1EnvVar { Name = "POD_NAMESPACE", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.namespace" } } });
        }
        var secrets = parameters.Select(p => new V1EnvVar { Name = Conventions.SecretVariable(p), ValueFrom = SecretKey(p) });
        return [.. secrets, .. values];
    }

    private static V1EnvVarSource SecretKey(string parameter) => new()
    {
        SecretKeyRef = new V1SecretKeySelector { Name = Conventions.SecretName, Key = parameter },
    };
}
