namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>The read-only reference data beside the checkout (Score samples, ArgoCD CRDs).</summary>
public static class SharedFiles
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(shared, "k8s")))
            {
                return System.IO.Path.Combine([shared, .. parts]);
            }
        }
        throw new DirectoryNotFoundException("shared/k8s not found above " + AppContext.BaseDirectory);
    }
}
