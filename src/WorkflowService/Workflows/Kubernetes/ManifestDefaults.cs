using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// Fills in defaults server-side apply needs on older API servers: before Kubernetes 1.21, a port list entry without
/// <c>protocol</c> is refused ("associative list with keys has an element that omits key field protocol").
/// </summary>
public static class ManifestDefaults
{
    public static JsonObject Apply(JsonObject manifest)
    {
        Walk(manifest);
        return manifest;
    }

    private static void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (key == "ports" && value is JsonArray ports)
                    {
                        foreach (var port in ports.OfType<JsonObject>().Where(p => (p.ContainsKey("port") || p.ContainsKey("containerPort")) && !p.ContainsKey("protocol")))
                        {
                            port["protocol"] = "TCP";
                        }
                    }
                    Walk(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item);
                }
                break;
        }
    }
}
