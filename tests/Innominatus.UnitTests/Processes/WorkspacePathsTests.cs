using Innominatus.WorkflowService.Workflows.Processes;

namespace Innominatus.UnitTests.Processes;

/// <summary>A process step's workingDir stays inside Workspaces:Root.</summary>
public sealed class WorkspacePathsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("innominatus-root-").FullName;

    [Theory]
    [InlineData("module", "module")]
    [InlineData("a/../module", "module")]
    [InlineData("./module/", "module/")]
    public void A_path_inside_the_root_is_resolved_there(string requested, string expected) =>
        Assert.Equal(Path.Combine(root, expected), WorkspacePaths.Resolve(root, requested));

    [Fact]
    public void An_absolute_path_inside_the_root_is_kept() =>
        Assert.Equal(Path.Combine(root, "m"), WorkspacePaths.Resolve(root, Path.Combine(root, "m")));

    [Theory]
    [InlineData("..")]
    [InlineData("../elsewhere")]
    [InlineData("a/../../elsewhere")]
    [InlineData("/etc")]
    public void A_path_leaving_the_root_is_refused_naming_the_rule(string requested)
    {
        var error = Assert.Throws<WorkspaceException>(() => WorkspacePaths.Resolve(root, requested));

        Assert.Contains("outside Workspaces:Root", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_through_a_symbolic_link_is_refused()
    {
        Directory.CreateSymbolicLink(Path.Combine(root, "link"), "/etc");

        var error = Assert.Throws<WorkspaceException>(() => WorkspacePaths.Resolve(root, "link/ssl"));

        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
