using Innominatus.Manifests;

// Usage: Innominatus.Manifests <aspire-manifest.json> <output-dir> <image-tag>
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Innominatus.Manifests <aspire-manifest.json> <output-dir> <image-tag>");
    return 2;
}
var (manifestPath, output, imageTag) = (args[0], args[1], args[2]);
var files = ManifestGenerator.Generate(File.ReadAllText(manifestPath), imageTag);

Directory.CreateDirectory(output);
// The folder is ours: files of workloads that no longer exist must go, or the kustomization would miss them silently.
foreach (var stale in Directory.EnumerateFiles(output, "*.yaml").Concat(Directory.EnumerateFiles(output, "README.md")))
{
    File.Delete(stale);
}
foreach (var file in files)
{
    File.WriteAllText(Path.Combine(output, file.Name), file.Content);
}
Console.WriteLine($"Wrote {files.Count} files to {output}");
return 0;
