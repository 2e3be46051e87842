using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.UnitTests.Workflows;

/// <summary><c>operation: ensure-secret</c> is checked when the workflow is read, each mistake with its own message.</summary>
public class EnsureSecretRuleTests
{
    [Theory]
    [InlineData("{operation: ensure-secret, keys: [password]}", "ensure-secret needs 'name': the Secret to read or create")]
    [InlineData("{operation: ensure-secret, name: db}", "ensure-secret needs 'keys': a list of the values the Secret holds")]
    [InlineData("{operation: ensure-secret, name: db, keys: []}", "ensure-secret needs 'keys': a list of the values the Secret holds")]
    [InlineData("{operation: ensure-secret, name: Db_Creds, keys: [password]}", "ensure-secret: 'Db_Creds' is not a Secret name (lowercase letters, digits, '-' and '.')")]
    [InlineData("{operation: ensure-secret, name: db, keys: [\"pass word\"]}", "ensure-secret: key 'pass word' is not a Secret key (letters, digits, '-', '_' and '.')")]
    [InlineData("{operation: ensure-secret, name: db, keys: [password, password]}", "ensure-secret: 'keys' names a key twice")]
    [InlineData("{operation: ensure-secret, name: db, keys: [password], length: 8}", "ensure-secret: 'length' must be a number from 16 to 128")]
    [InlineData("{operation: ensure-secret, name: db, keys: [password], length: long}", "ensure-secret: 'length' must be a number from 16 to 128")]
    [InlineData("{operation: ensure-secret, name: db, keys: [password], manifest: x}", "ensure-secret takes no 'manifest': it reads or creates one Secret")]
    public void Each_mistake_has_its_own_error(string config, string message)
    {
        var error = Assert.Single(WorkflowRules.Errors($"- {{name: creds, type: kubernetes, config: {config}}}"));

        Assert.Equal("$.steps[0].config", error.Path);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Placeholders_are_checked_once_resolved() =>
        Assert.Empty(WorkflowRules.Errors("- {name: creds, type: kubernetes, config: {operation: ensure-secret, name: \"${parameters.app}-db\", keys: [password, root_password], length: 32}}", "app: {type: string}"));

    [Fact]
    public void Only_ensure_secret_is_held_to_these_rules() =>
        Assert.Empty(WorkflowRules.Errors("- {name: apply, type: kubernetes, config: {operation: apply, manifest: \"apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: x}\\n\"}}"));

    [Fact]
    public void A_generated_value_has_the_length_asked_for_and_every_character_class()
    {
        var values = Enumerable.Range(0, 200).Select(_ => RandomSecretValue.Create(16)).ToList();

        Assert.All(values, v => Assert.Matches("^(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])[A-Za-z0-9]{16}$", v));
        Assert.Equal(values.Count, values.Distinct().Count());
    }
}
