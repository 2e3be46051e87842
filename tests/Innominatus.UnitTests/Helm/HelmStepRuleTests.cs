using Innominatus.UnitTests.Workflows;

namespace Innominatus.UnitTests.Helm;

/// <summary>A helm step's config is checked when the workflow is read, each mistake with its own message.</summary>
public class HelmStepRuleTests
{
    [Theory]
    [InlineData("{chart: ./charts/x}", "helm needs 'release': the release's name")]
    [InlineData("{release: My_App, chart: charts/x}", "helm: release 'My_App' is not a release name (a-z, 0-9 and '-', starting and ending with a letter or digit, at most 53 characters)")]
    [InlineData("{release: a-release-name-that-is-exactly-fifty-four-characters-x, chart: charts/x}", "helm: release 'a-release-name-that-is-exactly-fifty-four-characters-x' is not a release name (a-z, 0-9 and '-', starting and ending with a letter or digit, at most 53 characters)")]
    [InlineData("{release: web}", "helm install needs 'chart': a chart name with 'repo' and 'version', an oci:// reference, or a folder inside Workspaces:Root")]
    [InlineData("{release: web, chart: gitea, repo: 'https://dl.gitea.com/charts/'}", "helm: a chart from a repository needs a pinned 'version'")]
    [InlineData("{release: web, chart: gitea, repo: 'file:///etc', version: 1.0.0}", "helm: repo 'file:///etc' is not an http(s) URL of a chart repository")]
    [InlineData("{release: web, chart: 'gitea/gitea', repo: 'https://dl.gitea.com/charts/', version: 1.0.0}", "helm: with 'repo', chart 'gitea/gitea' must be the chart's name in that repository")]
    [InlineData("{release: web, chart: '../../etc'}", "helm: chart '../../etc' is neither a chart of 'repo', an oci:// reference nor a relative folder inside Workspaces:Root")]
    [InlineData("{release: web, chart: /srv/charts/x}", "helm: chart '/srv/charts/x' is neither a chart of 'repo', an oci:// reference nor a relative folder inside Workspaces:Root")]
    [InlineData("{release: web, chart: '--post-renderer=/bin/sh'}", "helm: chart '--post-renderer=/bin/sh' is neither a chart of 'repo', an oci:// reference nor a relative folder inside Workspaces:Root")]
    [InlineData("{release: web, chart: 'oci://registry.example/x', version: '--devel'}", "helm: version '--devel' is not a chart version or version range")]
    [InlineData("{release: web, chart: charts/x, values: [a, b]}", "helm: 'values' must be a map of the chart's values")]
    [InlineData("{release: web, chart: charts/x, secretValues: {'auth..password': x}}", "helm: secretValues path 'auth..password' is not a value path such as auth.password")]
    [InlineData("{release: web, chart: charts/x, secretValues: {auth.password: {secret: Admin_Creds, key: password}}}", "helm: secretValues 'auth.password' must be a string or {secret: NAME, key: KEY} (a Secret in the release's namespace)")]
    [InlineData("{release: web, chart: charts/x, secretValues: {auth.password: 42}}", "helm: secretValues 'auth.password' must be a string or {secret: NAME, key: KEY} (a Secret in the release's namespace)")]
    [InlineData("{release: web, chart: charts/x, atomic: 'yes'}", "helm: 'atomic' must be true or false")]
    [InlineData("{release: web, chart: charts/x, timeout: soon}", "helm: timeout 'soon' is not a duration such as 30s, 5m, 1h or 1h30m")]
    [InlineData("{release: web, chart: charts/x, kubeconfig: /root/.kube/config}", "helm: unknown config 'kubeconfig' (known: operation, release, namespace, chart, repo, version, values, secretValues, atomic, wait, timeout, createNamespace, skipUnchanged, namespaceLabel)")]
    [InlineData("{release: web, chart: charts/x, skipUnchanged: 'no'}", "helm: 'skipUnchanged' must be true or false")]
    [InlineData("{operation: uninstall, release: web, skipUnchanged: false}", "helm uninstall takes no 'skipUnchanged': it acts on the installed release")]
    [InlineData("{release: web, chart: charts/x, namespaceLabel: innominatus.dev/demo=true}", "helm install takes no 'namespaceLabel': it says which namespaces an uninstall may act in")]
    [InlineData("{release: web, namespace: Kube_System, chart: charts/x}", "helm: namespace 'Kube_System' is not a namespace name")]
    [InlineData("{operation: rollback, release: web}", "helm: unknown operation 'rollback' (install, uninstall or test)")]
    [InlineData("{operation: uninstall, release: web, chart: charts/x}", "helm uninstall takes no 'chart': it acts on the installed release")]
    public void Each_mistake_has_its_own_error(string config, string message)
    {
        var error = Assert.Single(WorkflowRules.Errors($"- {{name: install, type: helm, config: {config}}}"));

        Assert.Equal("$.steps[0].config", error.Path);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("{release: gitea, namespace: gitea, chart: gitea, repo: 'https://dl.gitea.com/charts/', version: 12.1.0, values: {replicaCount: 1}}")]
    [InlineData("{release: grafana, chart: 'oci://registry-1.docker.io/bitnamicharts/grafana', version: '>=11.0.0 <12.0.0', atomic: false, wait: false, timeout: 10m}")]
    [InlineData("{release: demo, chart: charts/demo, secretValues: {auth.password: {secret: admin-credentials, key: password}, auth.token: '${parameters.token}'}}")]
    [InlineData("{release: \"${parameters.name}\", chart: \"${parameters.chart}\", namespace: \"${parameters.ns}\"}")]
    [InlineData("{operation: uninstall, release: gitea, namespace: gitea, wait: false, timeout: 2m}")]
    [InlineData("{operation: test, release: gitea}")]
    [InlineData("{release: gitea, chart: charts/gitea, skipUnchanged: false}")]
    [InlineData("{operation: uninstall, release: gitea, namespace: demo-gitea, namespaceLabel: innominatus.dev/demo=true}")]
    public void Every_chart_source_and_operation_is_accepted(string config) =>
        Assert.Empty(WorkflowRules.Errors($"- {{name: install, type: helm, config: {config}}}", "name: {type: string}\nchart: {type: string}\nns: {type: string}\ntoken: {type: string, secret: true}"));
}
