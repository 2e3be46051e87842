using k8s.Models;

namespace Innominatus.Manifests;

/// <summary>A Deployment and a Service for one project.v0 or container.v0 resource.</summary>
internal sealed class WorkloadBuilder(EnvironmentBuilder environment, string imageTag)
{
    public (V1Deployment Deployment, V1Service Service) Build(AspireResource resource)
    {
        var name = Conventions.KubernetesName(resource);
        var labels = Labels(resource);
        var selector = labels.Where(l => l.Key != "app.kubernetes.io/part-of").ToDictionary();
        var ports = resource.Bindings.Where(b => Conventions.IsServed(resource, b))
            .Select(b => (b.Name, Port: Conventions.Port(resource, b))).ToList();
        var user = resource.IsProject ? Conventions.ProjectUser : Conventions.ContainerUser(resource.Image!);

        var container = new V1Container
        {
            Name = resource.Name,
            Image = resource.IsProject ? Conventions.ProjectImage(resource, imageTag) : resource.Image,
            ImagePullPolicy = "IfNotPresent",
            Ports = ports.Select(p => new V1ContainerPort { Name = p.Name, ContainerPort = p.Port, Protocol = "TCP" }).ToList(),
            Env = environment.Build(resource),
            SecurityContext = SecurityProfile.Container(user, readOnlyRootFilesystem: resource.IsProject),
        };
        var pod = new V1PodSpec
        {
            AutomountServiceAccountToken = false,
            SecurityContext = SecurityProfile.Pod(user),
            Containers = [container],
        };
        if (resource.IsProject)
        {
            container.LivenessProbe = Probes.Http("/health", ports[0].Name, initialDelaySeconds: 10, periodSeconds: 10);
            container.ReadinessProbe = Probes.Http("/ready", ports[0].Name, initialDelaySeconds: 5, periodSeconds: 5);
            container.VolumeMounts = [new V1VolumeMount { Name = "tmp", MountPath = "/tmp" }];
            pod.Volumes = [new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource() }];
        }
        else
        {
            container.LivenessProbe = Probes.Tcp(ports[0].Name, initialDelaySeconds: 30, periodSeconds: 10);
            container.ReadinessProbe = Probes.Tcp(ports[0].Name, initialDelaySeconds: 5, periodSeconds: 5);
        }

        var deployment = new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = name, Labels = labels },
            Spec = new V1DeploymentSpec
            {
                Replicas = 1,
                Selector = new V1LabelSelector { MatchLabels = selector },
                Template = new V1PodTemplateSpec { Metadata = new V1ObjectMeta { Labels = labels }, Spec = pod },
            },
        };
        var service = new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta { Name = name, Labels = labels },
            Spec = new V1ServiceSpec
            {
                Type = "ClusterIP",
                Selector = selector,
                Ports = ports.Select(p => new V1ServicePort { Name = p.Name, Port = p.Port, TargetPort = p.Name, Protocol = "TCP" }).ToList(),
            },
        };
        return (deployment, service);
    }

    /// <summary>
    /// Every Innominatus pod is app.kubernetes.io/name=innominatus, as in the chart: the deployment guide's Prometheus
    /// scrape config and its <c>kubectl logs -l</c> select by it. The component tells the services apart (and makes each
    /// selector its own); PostgreSQL and RabbitMQ keep their own names.
    /// </summary>
    private static Dictionary<string, string> Labels(AspireResource resource) => new()
    {
        ["app.kubernetes.io/name"] = resource.IsProject ? Conventions.PartOf : Conventions.KubernetesName(resource),
        ["app.kubernetes.io/component"] = resource.Name,
        ["app.kubernetes.io/part-of"] = Conventions.PartOf,
    };
}
