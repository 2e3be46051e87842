namespace Innominatus.WorkflowService.Workflows.Egress;

/// <summary>
/// A configured credential belongs to its <c>BaseUrl</c>: it is sent only to URLs with the same scheme, host and port
/// whose path starts with the base URL's path, so a caller-chosen URL never receives it.
/// </summary>
public static class CredentialScope
{
    public static readonly HttpRequestOptionsKey<Uri> BaseUrl = new("innominatus.credential-base-url");

    public static bool Covers(Uri baseUrl, Uri target)
    {
        if (!SameOrigin(baseUrl, target) || target.UserInfo.Length > 0)
        {
            return false;
        }
        var prefix = baseUrl.AbsolutePath.TrimEnd('/') + "/";
        var path = target.AbsolutePath;
        return path.StartsWith(prefix, StringComparison.Ordinal) || path == prefix.TrimEnd('/') || prefix == "/";
    }

    public static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
