using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Score;

/// <summary>The identity of a resource's declared content, independent of key order and of the resource's name.</summary>
public static class ResourceFingerprint
{
    public static string Compute(ResourceSpec resource)
    {
        // Absent members are left out rather than written as null, so adding a field later keeps old fingerprints.
        var content = new JsonObject { ["type"] = resource.Type };
        AddIfPresent(content, "class", resource.Class is null ? null : JsonValue.Create(resource.Class));
        AddIfPresent(content, "id", resource.Id is null ? null : JsonValue.Create(resource.Id));
        AddIfPresent(content, "params", resource.Params?.DeepClone());
        AddIfPresent(content, "metadata", resource.Metadata?.DeepClone());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson.Serialize(content)));
        return Convert.ToHexStringLower(hash);
    }

    private static void AddIfPresent(JsonObject content, string name, JsonNode? value)
    {
        if (value is not null)
            content[name] = value;
    }
}
