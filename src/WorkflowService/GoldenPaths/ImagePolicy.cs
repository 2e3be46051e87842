namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>Matches an image reference against allowed references and prefixes.</summary>
public static class ImagePolicy
{
    /// <summary>
    /// An entry ending in <c>/</c> or <c>:</c> is a prefix; any other entry allows itself and its tags and digests,
    /// so <c>ghcr.io/acme/migrate</c> allows <c>ghcr.io/acme/migrate:1.2</c> but not <c>ghcr.io/acme/migrate-evil</c>.
    /// </summary>
    public static bool Allows(IEnumerable<string> allowed, string image) => !image.Contains("..", StringComparison.Ordinal) && allowed.Any(entry =>
        entry.Length > 0 && (entry[^1] is '/' or ':'
            ? image.StartsWith(entry, StringComparison.Ordinal) && image.Length > entry.Length
            : image == entry || (image.StartsWith(entry, StringComparison.Ordinal) && image[entry.Length] is ':' or '@')));
}
