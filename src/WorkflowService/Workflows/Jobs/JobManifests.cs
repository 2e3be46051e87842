using System.Text;
using System.Text.RegularExpressions;
using k8s.Models;

namespace Innominatus.WorkflowService.Workflows.Jobs;

/// <summary>
/// The objects of one Job step: the Job (no retries, the step's timeout as its deadline, a locked-down non-root
/// container) and two Secrets, one read by <c>envFrom</c> for the environment and one mounted file by file into the
/// workspace. No value of the step appears in the Job itself.
/// </summary>
public static partial class JobManifests
{
    public const string ServiceAccount = "innominatus-step";
    public const string ManagedBy = "app.kubernetes.io/managed-by";
    public const string RunLabel = "innominatus.dev/run";
    public const string StepLabel = "innominatus.dev/step";
    public const long User = 65532;

    public static string JobName(JobStepSpec spec) => $"innominatus-step-{spec.StepId:N}"[..25] + "-" + Guid.NewGuid().ToString("N")[..6];

    public static Dictionary<string, string> Labels(JobStepSpec spec) => new()
    {
        [ManagedBy] = "innominatus",
        [RunLabel] = spec.ExecutionId.ToString("N"),
        // A step's name when it makes a label value, so `kubectl get jobs -l innominatus.dev/step=NAME` works.
        [StepLabel] = spec.Step.Length <= 63 && LabelValue().IsMatch(spec.Step) ? spec.Step : spec.StepId.ToString("N"),
    };

    public static V1Secret EnvironmentSecret(JobStepSpec spec, string job) =>
        Secret(job + "-env", spec, spec.Environment.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => Encoding.UTF8.GetBytes(g.Last().Value)));

    public static V1Secret FilesSecret(JobStepSpec spec, string job) =>
        Secret(job + "-files", spec, spec.Files.Select((f, i) => (Key: FileKey(i), f.Value)).ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)));

    public static V1Job Job(JobStepSpec spec, string job, JobStepOptions options)
    {
        var mounts = new List<V1VolumeMount> { new() { Name = "workspace", MountPath = JobStepSpec.Workspace } };
        mounts.AddRange(spec.Files.Keys.Select((path, i) => new V1VolumeMount
        {
            Name = "files", MountPath = JobStepSpec.Workspace + "/" + path, SubPath = FileKey(i), ReadOnlyProperty = true,
        }));
        var container = new V1Container
        {
            Name = "step",
            Image = options.JobImage,
            ImagePullPolicy = options.JobImagePullPolicy,
            Command = [.. spec.Command],
            WorkingDir = JobStepSpec.Workspace,
            EnvFrom = [new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = job + "-env" } }],
            VolumeMounts = mounts,
            TerminationMessagePath = JobStepSpec.OutputsFile,
            TerminationMessagePolicy = "File",
            SecurityContext = new V1SecurityContext
            {
                RunAsNonRoot = true, RunAsUser = User, RunAsGroup = User, ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false,
                Privileged = false, Capabilities = new V1Capabilities { Drop = ["ALL"] }, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
            },
        };
        var pod = new V1PodSpec
        {
            RestartPolicy = "Never",
            ServiceAccountName = ServiceAccount,
            // kubectl in the step talks to the API server as the step's ServiceAccount.
            AutomountServiceAccountToken = true,
            EnableServiceLinks = false,
            SecurityContext = new V1PodSecurityContext
            {
                RunAsNonRoot = true, RunAsUser = User, RunAsGroup = User, FsGroup = User, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
            },
            Containers = [container],
            Volumes =
            [
                new V1Volume { Name = "workspace", EmptyDir = new V1EmptyDirVolumeSource() },
                new V1Volume { Name = "files", Secret = new V1SecretVolumeSource { SecretName = job + "-files", DefaultMode = 0b100_100_100 } },
            ],
        };
        return new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta { Name = job, NamespaceProperty = spec.Namespace, Labels = Labels(spec), Annotations = new Dictionary<string, string> { ["innominatus.dev/step-name"] = spec.Step } },
            Spec = new V1JobSpec
            {
                BackoffLimit = 0,
                ActiveDeadlineSeconds = Math.Max(1, (long)Math.Ceiling(spec.Timeout.TotalSeconds)),
                // A backstop for Jobs the engine could not delete (it crashed): clusters with the TTL controller remove them.
                TtlSecondsAfterFinished = 3600,
                Template = new V1PodTemplateSpec { Metadata = new V1ObjectMeta { Labels = Labels(spec) }, Spec = pod },
            },
        };
    }

    /// <summary>Makes the Job the owner of a Secret, so deleting the Job (or the TTL controller) removes it too.</summary>
    public static V1OwnerReference Owner(V1Job job) => new()
    {
        ApiVersion = "batch/v1", Kind = "Job", Name = job.Metadata.Name, Uid = job.Metadata.Uid, Controller = false, BlockOwnerDeletion = false,
    };

    private static string FileKey(int index) => $"file-{index}";

    private static V1Secret Secret(string name, JobStepSpec spec, Dictionary<string, byte[]> data) => new()
    {
        ApiVersion = "v1",
        Kind = "Secret",
        Type = "Opaque",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = spec.Namespace, Labels = Labels(spec) },
        Data = data,
    };

    [GeneratedRegex("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")]
    private static partial Regex LabelValue();
}
