using System.Text;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>The <c>data</c> of a Secret read by <see cref="SecretReader"/>; a key is decoded only when asked for.</summary>
public sealed class SecretData(JsonObject data)
{
    /// <summary>The UTF-8 value of <paramref name="key"/>, or null when the Secret has no such key.</summary>
    public string? Value(string key) =>
        data[key]?.ToString() is { } encoded ? Encoding.UTF8.GetString(Convert.FromBase64String(encoded)) : null;
}
