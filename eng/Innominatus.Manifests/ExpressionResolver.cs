using System.Text.RegularExpressions;

namespace Innominatus.Manifests;

/// <summary>
/// Replaces Aspire's <c>{resource.bindings.tcp.host}</c>-style expressions with what they mean inside the cluster:
/// hosts become Service DNS names, ports the Service ports, parameters references to the Secret.
/// </summary>
internal sealed partial class ExpressionResolver(AspireManifest manifest)
{
    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Expression();

    /// <summary>Null when the value needs something the cluster does not serve (a project's https endpoint).</summary>
    public ResolvedValue? Resolve(string template)
    {
        var parameters = new List<string>();
        var served = true;
        var text = Expression().Replace(template, match =>
        {
            var resolved = ResolveExpression(match.Groups[1].Value, parameters);
            served &= resolved is not null;
            return resolved ?? "";
        });
        if (!served)
        {
            return null;
        }
        var whole = parameters.Count == 1 && text == $"$({Conventions.SecretVariable(parameters[0])})" ? parameters[0] : null;
        return new ResolvedValue(text, parameters.Distinct().ToList(), whole);
    }

    private string? ResolveExpression(string expression, List<string> parameters)
    {
        var parts = expression.Split('.');
        var resource = manifest.Get(parts[0]);
        return parts[1..] switch
        {
            ["bindings", var binding, var property] => ResolveBinding(resource, binding, property),
            ["connectionString"] => ResolveNested(resource.ConnectionString, expression, parameters),
            ["value"] when resource.Type == "parameter.v0" => Parameter(resource.Name, parameters),
            // The uri filter cannot be applied inside the pod: the Secret's value must already be URI-safe (README).
            ["value"] when resource.Type == "annotated.string" => ResolveNested(resource.Value, expression, parameters),
            ["value"] => ResolveNested(resource.Value ?? resource.ConnectionString, expression, parameters),
            _ => throw new InvalidOperationException($"Unsupported Aspire expression '{{{expression}}}'."),
        };
    }

    private string? ResolveNested(string? template, string expression, List<string> parameters)
    {
        var nested = Resolve(template ?? throw new InvalidOperationException($"'{{{expression}}}' has nothing to resolve to."));
        if (nested is null)
        {
            return null;
        }
        parameters.AddRange(nested.Parameters);
        return nested.Text;
    }

    private static string Parameter(string name, List<string> parameters)
    {
        parameters.Add(name);
        return $"$({Conventions.SecretVariable(name)})";
    }

    private static string? ResolveBinding(AspireResource resource, string bindingName, string property)
    {
        var binding = resource.Bindings.SingleOrDefault(b => b.Name == bindingName)
            ?? throw new InvalidOperationException($"{resource.Name} has no binding '{bindingName}'.");
        if (!Conventions.IsServed(resource, binding))
        {
            return null;
        }
        var host = Conventions.KubernetesName(resource);
        var port = Conventions.Port(resource, binding);
        return property switch
        {
            "host" => host,
            "port" or "targetPort" => port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "url" => $"{binding.Scheme}://{host}:{port}",
            "scheme" => binding.Scheme,
            _ => throw new InvalidOperationException($"Unsupported binding property '{property}' of {resource.Name}.{bindingName}."),
        };
    }
}
