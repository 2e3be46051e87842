namespace Innominatus.Manifests;

/// <summary>
/// An environment value with every Aspire expression replaced. Parameters (secrets) are <c>$(SECRET_…)</c>
/// references that Kubernetes expands in the pod; <see cref="Parameters"/> lists the ones used.
/// <see cref="WholeParameter"/> is set when the value is nothing but one parameter: then it is read straight from the Secret.
/// </summary>
internal sealed record ResolvedValue(string Text, IReadOnlyList<string> Parameters, string? WholeParameter);
