using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.UnitTests.Providers;

public class ShippedWorkflowTests
{
    public static TheoryData<string> WorkflowFiles()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "provider-catalog");
        return [.. Directory.GetFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "workflows")
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Providers_are_copied_next_to_the_binaries_with_create_and_delete_for_every_type() =>
        Assert.True(WorkflowFiles().Count >= 34, $"only {WorkflowFiles().Count} shipped workflows");

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_shipped_workflow_parses_and_references_only_declared_parameters_and_steps(string relativePath)
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "provider-catalog", relativePath));

        var result = WorkflowDefinitionParser.Parse(yaml, Path.GetFileNameWithoutExtension(relativePath));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(Path.GetFileNameWithoutExtension(relativePath), result.Value!.Name);
        PlaceholderAssert.ReferencesResolve(yaml, result.Value);
    }
}
