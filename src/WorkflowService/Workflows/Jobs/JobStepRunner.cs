using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Steps;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Innominatus.WorkflowService.Workflows.Jobs;

/// <summary>
/// Runs a process step as a Kubernetes Job: creates its Secrets and the Job, fails the step when the pod never starts,
/// follows the container's log into the step log, and takes the exit code and the termination message (the outputs)
/// from the pod's status. The Job is deleted afterwards, on cancellation and timeout too (with its pod and Secrets).
/// </summary>
public sealed class JobStepRunner(KubernetesConnection connection, JobPlacement placement, JobStepOptions options)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    public JobStepOptions Options => options;

    public Task<string> NamespaceAsync(StepRun run, CancellationToken cancellationToken) => placement.NamespaceAsync(run, cancellationToken);

    public async Task<(int ExitCode, string TerminationMessage, JsonObject Outputs)> RunAsync(JobStepSpec spec, IStepLog log, CancellationToken cancellationToken)
    {
        var client = connection.Client;
        var name = JobManifests.JobName(spec);
        await placement.EnsureIdentityAsync(spec.Namespace, cancellationToken);
        var secrets = new[] { JobManifests.EnvironmentSecret(spec, name), JobManifests.FilesSecret(spec, name) };
        var created = false;
        try
        {
            foreach (var secret in secrets)
            {
                await client.CoreV1.CreateNamespacedSecretAsync(secret, spec.Namespace, cancellationToken: cancellationToken);
            }
            var job = await client.BatchV1.CreateNamespacedJobAsync(JobManifests.Job(spec, name, options), spec.Namespace, cancellationToken: cancellationToken);
            created = true;
            log.Write($"started Job {name} in {spec.Namespace} ({options.JobImage})");
            var owner = KubernetesJson.Serialize(new { metadata = new { ownerReferences = new[] { JobManifests.Owner(job) } } });
            foreach (var secret in secrets)
            {
                await client.CoreV1.PatchNamespacedSecretAsync(new V1Patch(owner, V1Patch.PatchType.MergePatch), secret.Metadata.Name, spec.Namespace, cancellationToken: cancellationToken);
            }
            var pod = await WaitForStartAsync(client, spec.Namespace, name, cancellationToken);
            var outputs = await FollowLogAsync(client, spec.Namespace, pod, log, cancellationToken);
            var finished = await WaitForEndAsync(client, spec.Namespace, pod, cancellationToken);
            return (finished.ExitCode ?? -1, finished.Message ?? "", outputs);
        }
        catch (OperationCanceledException) when (created)
        {
            log.Write($"deleting Job {name} in {spec.Namespace}: the step was cancelled or timed out");
            throw;
        }
        catch (HttpOperationException e)
        {
            throw new KubernetesStepException($"Job {name} in {spec.Namespace}: {(int)e.Response.StatusCode} {e.Response.Content}");
        }
        finally
        {
            await CleanUpAsync(client, spec.Namespace, name, created, secrets);
        }
    }

    private static async Task<string> WaitForStartAsync(IKubernetes client, string ns, string job, CancellationToken cancellationToken)
    {
        while (true)
        {
            var pod = (await client.CoreV1.ListNamespacedPodAsync(ns, labelSelector: "job-name=" + job, cancellationToken: cancellationToken)).Items.FirstOrDefault();
            var state = JobPodState.Of(pod);
            switch (state.Phase)
            {
                case JobPodPhase.Running or JobPodPhase.Finished:
                    return pod!.Metadata.Name;
                case JobPodPhase.NeverStarts:
                    throw new KubernetesStepException($"the step's pod {pod?.Metadata.Name} in {ns} cannot start: {state.Reason}");
            }
            if (pod is null && (await client.BatchV1.ReadNamespacedJobAsync(job, ns, cancellationToken: cancellationToken)).Status?.Conditions?.FirstOrDefault(c => c.Type == "Failed" && c.Status == "True") is { } failed)
            {
                throw new KubernetesStepException($"Job {job} in {ns} failed before its pod started: {failed.Reason}: {failed.Message}");
            }
            await Task.Delay(Poll, cancellationToken);
        }
    }

    private static async Task<JsonObject> FollowLogAsync(IKubernetes client, string ns, string pod, IStepLog log, CancellationToken cancellationToken)
    {
        var outputs = new JsonObject();
        await using var stream = await client.CoreV1.ReadNamespacedPodLogAsync(pod, ns, container: "step", follow: true, cancellationToken: cancellationToken);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (OutputLines.SetOutput(line) is { } output)
            {
                outputs[output.Key] = output.Value;
                continue;
            }
            log.Write(line);
        }
        return outputs;
    }

    /// <summary>The log ends when the container does; its status may take a moment longer to say so.</summary>
    private static async Task<JobPodState> WaitForEndAsync(IKubernetes client, string ns, string pod, CancellationToken cancellationToken)
    {
        while (true)
        {
            var state = JobPodState.Of(await client.CoreV1.ReadNamespacedPodAsync(pod, ns, cancellationToken: cancellationToken));
            if (state.Phase == JobPodPhase.Finished)
            {
                return state;
            }
            await Task.Delay(Poll, cancellationToken);
        }
    }

    /// <summary>Runs after cancellation too, so on its own token; what is already gone counts as deleted.</summary>
    private static async Task CleanUpAsync(IKubernetes client, string ns, string job, bool created, IEnumerable<V1Secret> secrets)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var deletions = new List<Func<Task>>();
        if (created)
        {
            deletions.Add(() => client.BatchV1.DeleteNamespacedJobAsync(job, ns, propagationPolicy: "Background", cancellationToken: timeout.Token));
        }
        // The Job owns them, but a Secret created before a failed Job creation has no owner yet.
        deletions.AddRange(secrets.Select(s => (Func<Task>)(() => client.CoreV1.DeleteNamespacedSecretAsync(s.Metadata.Name, ns, cancellationToken: timeout.Token))));
        foreach (var delete in deletions)
        {
            try
            {
                await delete();
            }
            catch (Exception e) when (e is HttpOperationException or HttpRequestException or OperationCanceledException)
            {
                // Gone already, or unreachable: the Job's TTL and owner references are the backstop.
            }
        }
    }
}
