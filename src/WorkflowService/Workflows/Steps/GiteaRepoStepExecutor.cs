using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Gitea;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>gitea-repo</c>: a repository in Gitea, through its REST API. <c>config.url</c> (Gitea's base URL), <c>owner</c>,
/// <c>repo</c>, <c>ownerType: org|user</c> (default org; a user's owner defaults to the credential's user),
/// <c>operation</c>: <c>create</c> (default; an existing repository is kept as it is), <c>update</c> (PATCHes the
/// configured <c>description</c> and <c>private</c>) or <c>delete</c> (a repository already gone counts as deleted).
/// Create also takes <c>private</c> (default true), <c>description</c>, <c>defaultBranch</c> (default main) and
/// <c>autoInit</c> (default true). <c>files</c> (path → text) are committed to the default branch with
/// <c>message</c>, one commit per changed file; files already as wanted are left alone. <c>credentials: NAME</c> as
/// for <c>http</c> (see <see cref="StepCredentials"/>), or in a platform run <c>credentialsSecret</c> (see
/// <see cref="StepCredentialResolver"/>), whose password is masked in the log and the error. Outputs: <c>repo_url</c>, <c>clone_url</c>, <c>ssh_url</c>,
/// <c>repo_id</c> (a number), <c>default_branch</c> and <c>commit</c> (the last commit made, empty if none).
/// </summary>
public sealed class GiteaRepoStepExecutor(IHttpClientFactory clients, StepCredentialResolver credentials) : IStepExecutor
{
    public string Type => StepTypes.GiteaRepo;

    public async Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        GiteaRepoConfig config;
        try
        {
            config = GiteaRepoConfig.Read(run.Config);
        }
        catch (GiteaStepException e)
        {
            return StepOutcome.Failure(e.Message);
        }
        var resolved = await credentials.ResolveAsync(run, config.Url, cancellationToken);
        if (resolved.Error is { } credentialError)
        {
            return StepOutcome.Failure(credentialError);
        }
        try
        {
            return await RunAsync(config, run with { Log = new Helm.MaskingLog(run.Log, resolved.Secrets) }, resolved.Credential, cancellationToken);
        }
        catch (GiteaStepException e)
        {
            return StepOutcome.Failure(resolved.Secrets.Mask(e.Message));
        }
    }

    private async Task<StepOutcome> RunAsync(GiteaRepoConfig config, StepRun run, StepCredential? credential, CancellationToken cancellationToken)
    {
        var api = new GiteaApi(clients.CreateClient(StepHttp.ClientFor(run)), config.Url, credential, run.IdempotencyKey);
        var repositories = new GiteaRepositories(api, run.Log);
        var owner = await repositories.OwnerAsync(config, cancellationToken);
        if (config.Operation == "delete")
        {
            return StepOutcome.Success(new JsonObject { ["deleted"] = await repositories.DeleteAsync(owner, config.Repo, cancellationToken) });
        }
        if (config.Operation == "create")
        {
            await repositories.CreateAsync(config, owner, cancellationToken);
        }
        else
        {
            await repositories.UpdateAsync(config, owner, cancellationToken);
        }
        var repository = await repositories.ReadAsync(owner, config.Repo, cancellationToken);
        var branch = config.DefaultBranch ?? repository["default_branch"]?.ToString() ?? "main";
        var commit = await new GiteaFiles(api, run.Log).SyncAsync(owner, config.Repo, branch, config.Files, config.Message, cancellationToken);
        return StepOutcome.Success(new JsonObject
        {
            ["repo_url"] = repository["html_url"]?.DeepClone(),
            ["clone_url"] = repository["clone_url"]?.DeepClone(),
            ["ssh_url"] = repository["ssh_url"]?.DeepClone(),
            ["repo_id"] = repository["id"]?.DeepClone(),
            ["default_branch"] = repository["default_branch"]?.DeepClone(),
            ["commit"] = commit ?? "",
        });
    }
}
