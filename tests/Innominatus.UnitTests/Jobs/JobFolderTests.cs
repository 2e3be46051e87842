using System.Diagnostics;
using Innominatus.WorkflowService.Workflows.Jobs;
using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.UnitTests.Jobs;

/// <summary>A terraform or ansible step's working folder, carried into its Job's Secret: all of it, or a clear refusal.</summary>
public sealed class JobFolderTests : IDisposable
{
    private static readonly HashSet<string> NoSkip = [];
    private readonly string folder = Directory.CreateTempSubdirectory("jobfolder-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Files_keep_their_relative_paths_with_subfolders_under_the_prefix_and_cache_folders_stay_behind()
    {
        File.WriteAllText(Path.Combine(folder, "main.tf"), "resource \"terraform_data\" \"x\" {}\n");
        Directory.CreateDirectory(Path.Combine(folder, "modules", "net"));
        File.WriteAllText(Path.Combine(folder, "modules", "net", "variables.tf"), "variable \"cidr\" {}\n");
        Directory.CreateDirectory(Path.Combine(folder, ".terraform", "providers"));
        File.WriteAllText(Path.Combine(folder, ".terraform", "providers", "big"), "cache");

        var files = JobFolder.Pack(folder, ".innominatus/module/", new HashSet<string> { ".terraform" });

        Assert.Equal([".innominatus/module/main.tf", ".innominatus/module/modules/net/variables.tf"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("variable \"cidr\" {}\n", files[".innominatus/module/modules/net/variables.tf"]);
    }

    [Fact]
    public void A_folder_bigger_than_a_Secret_should_carry_is_refused_in_one_sentence()
    {
        File.WriteAllText(Path.Combine(folder, "a.tf"), new string('a', 300 * 1024));
        File.WriteAllText(Path.Combine(folder, "b.tf"), new string('b', 300 * 1024));

        var refusal = Assert.Throws<KubernetesStepException>(() => JobFolder.Pack(folder, "", NoSkip));

        Assert.Equal("config.workingDir is too big to carry into a Job: at most 512 KiB in 256 files", refusal.Message);
    }

    [Fact]
    public void Exactly_the_limit_is_carried()
    {
        File.WriteAllText(Path.Combine(folder, "a.tf"), new string('a', (int)JobFolder.MaxBytes));

        Assert.Single(JobFolder.Pack(folder, "", NoSkip));
    }

    [Fact]
    public void A_symbolic_link_is_refused_naming_it()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.CreateSymbolicLink(Path.Combine(folder, "sub", "passwd"), "/etc/passwd");

        var refusal = Assert.Throws<KubernetesStepException>(() => JobFolder.Pack(folder, "", NoSkip));

        Assert.Equal("config.workingDir holds 'sub/passwd', which is not a regular file: a Job step carries only regular files", refusal.Message);
    }

    [Fact]
    public void A_fifo_is_refused_without_reading_it()
    {
        File.WriteAllText(Path.Combine(folder, "main.tf"), "");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(folder, "pipe")))
        {
            mkfifo.WaitForExit();
        }

        var refusal = Assert.Throws<KubernetesStepException>(() => JobFolder.Pack(folder, "", NoSkip));

        Assert.Contains("'pipe', which is not a regular file", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_refused_rather_than_mangled()
    {
        File.WriteAllBytes(Path.Combine(folder, "plugin.bin"), [0x7f, 0x45, 0x4c, 0x46, 0xff, 0xfe]);

        var refusal = Assert.Throws<KubernetesStepException>(() => JobFolder.Pack(folder, "", NoSkip));

        Assert.Equal("config.workingDir holds 'plugin.bin', which is not UTF-8 text: a Job step carries only text files", refusal.Message);
    }
}
