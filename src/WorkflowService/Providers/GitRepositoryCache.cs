using System.Security.Cryptography;
using System.Text;

namespace Innominatus.WorkflowService.Providers;

/// <summary>
/// Shallow clones of provider repositories under a work directory. Every checkout clones afresh into a staging
/// folder and only then replaces the previous clone, so a failed clone never leaves a half-updated folder behind.
/// </summary>
public sealed class GitRepositoryCache(string workDirectory, TimeSpan timeout)
{
    public async Task<string> CheckoutAsync(string url, string gitRef, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workDirectory);
        var target = Path.Combine(workDirectory, CacheKey(url, gitRef));
        var staging = $"{target}.staging-{Guid.NewGuid():N}";
        try
        {
            await GitCommand.RunAsync(["clone", "--quiet", "--depth", "1", "--branch", gitRef, "--", url, staging], timeout, cancellationToken);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
            Directory.Move(staging, target);
            return target;
        }
        catch (GitCommandException ex)
        {
            throw new GitCommandException($"cloning {Redact(url)} at '{gitRef}' failed: {ex.Message}");
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Hides user info (tokens in <c>https://token@host/...</c>) before a URL reaches logs or API answers.</summary>
    public static string Redact(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0 ? url.Replace(uri.UserInfo + "@", "***@", StringComparison.Ordinal) : url;

    private static string CacheKey(string url, string gitRef)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{url}#{gitRef}")))[..12];
        var name = new string(url.TrimEnd('/').Split('/', ':').Last().Replace(".git", "", StringComparison.Ordinal)
            .Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').ToArray());
        return $"{(name.Length > 0 ? name : "repo")}-{hash}";
    }
}
