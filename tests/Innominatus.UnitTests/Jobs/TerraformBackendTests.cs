using System.Text.RegularExpressions;
using Innominatus.WorkflowService.Workflows.Jobs;

namespace Innominatus.UnitTests.Jobs;

/// <summary>Where a terraform Job keeps its state: the kubernetes backend, in a Secret whose name each run of the same step finds again.</summary>
public partial class TerraformBackendTests
{
    [Fact]
    public void The_suffix_is_the_same_for_the_same_application_and_step_and_differs_otherwise()
    {
        var resource = Guid.NewGuid();
        var suffix = TerraformBackend.SecretSuffix("shop", "deploy-app", resource, "apply");

        Assert.Equal(suffix, TerraformBackend.SecretSuffix("shop", "deploy-app", resource, "apply"));
        Assert.StartsWith("shop-apply-h", suffix, StringComparison.Ordinal);
        Assert.NotEqual(suffix, TerraformBackend.SecretSuffix("shop", "deploy-app", resource, "plan"));
        Assert.NotEqual(suffix, TerraformBackend.SecretSuffix("cart", "deploy-app", resource, "apply"));
        Assert.NotEqual(suffix, TerraformBackend.SecretSuffix("shop", "deploy-app", Guid.NewGuid(), "apply"));
        Assert.Equal(TerraformBackend.SecretSuffix(null, "nightly", null, "apply"), TerraformBackend.SecretSuffix(null, "nightly", null, "apply"));
        Assert.NotEqual(TerraformBackend.SecretSuffix(null, "nightly", null, "apply"), TerraformBackend.SecretSuffix(null, "weekly", null, "apply"));
    }

    [Theory]
    [InlineData("shop", "deploy", "apply")]
    [InlineData(null, "Provision Postgres!", "step_2")]
    [InlineData("a-very-long-application-name-that-goes-on-and-on-and-on", "wf", "an-equally-long-step-name-for-good-measure-1")]
    [InlineData("---", null, "9")]
    [InlineData("ÄÖÜ", "wf", "2")]
    public void The_suffix_makes_valid_Secret_and_Lease_names_and_a_label_value_and_never_ends_in_a_number(string? application, string? workflow, string step)
    {
        var suffix = TerraformBackend.SecretSuffix(application, workflow, null, step);

        Assert.InRange(suffix.Length, 1, 63);
        Assert.Matches(DnsLabel(), suffix);
        Assert.Matches(DnsLabel(), "lock-tfstate-default-" + suffix);
        Assert.DoesNotMatch(EndsInNumber(), suffix);
    }

    [Fact]
    public void The_override_configures_the_in_cluster_kubernetes_backend_in_the_Jobs_namespace()
    {
        var hcl = TerraformBackend.Override("team-a-shop", "shop-apply-h0123456789");

        Assert.Matches(BackendBlock(), hcl);
        Assert.Contains("in_cluster_config = true", hcl, StringComparison.Ordinal);
        Assert.Contains("namespace         = \"team-a-shop\"", hcl, StringComparison.Ordinal);
        Assert.Contains("secret_suffix     = \"shop-apply-h0123456789\"", hcl, StringComparison.Ordinal);
        Assert.EndsWith("_override.tf", TerraformBackend.OverrideFile, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_state_in_the_folder_is_refused_rather_than_ignored_or_copied_over_the_backends()
    {
        var folder = Directory.CreateTempSubdirectory("tfstate-").FullName;
        File.WriteAllText(Path.Combine(folder, "main.tf"), "");
        var without = TerraformBackend.LocalStateRefusal(folder);
        File.WriteAllText(Path.Combine(folder, "terraform.tfstate"), "{}");

        var refusal = TerraformBackend.LocalStateRefusal(folder);

        Directory.Delete(folder, recursive: true);
        Assert.Null(without);
        Assert.StartsWith("config.workingDir holds terraform.tfstate, local state a Job step does not use", refusal, StringComparison.Ordinal);
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex("-[0-9]+$")]
    private static partial Regex EndsInNumber();

    [GeneratedRegex("""terraform \{\s+backend "kubernetes" \{[^}]*\}\s+\}""")]
    private static partial Regex BackendBlock();
}
