using Innominatus.WorkflowService.Score;

namespace Innominatus.UnitTests.Score;

public class ScoreModelTests
{
    private static ScoreSpec Full => ScoreParser.Parse(ScoreSamples.Read("valid/spec__samples-score-full.yaml")).Spec!;

    [Fact]
    public void Maps_metadata_and_keeps_extra_keys_in_the_document()
    {
        var metadata = Full.Metadata;

        Assert.Equal("example-workload-name123", metadata.Name);
        Assert.Equal("something else", metadata.Annotations["prefix.com/Another-Key_Annotation.2"]);
        Assert.Equal("extra-value", (string?)metadata.Document["extra-key"]);
    }

    [Fact]
    public void Maps_a_container_with_files_volumes_resources_and_probes()
    {
        var container = Full.Containers["container-one1"];

        Assert.Equal(["container-one1", "container-two2"], Full.Containers.Keys);
        Assert.Equal("localhost:4000/repo/my-image:tag", container.Image);
        Assert.Equal(["/bin/sh", "-c"], container.Command);
        Assert.Equal(["hello", "world"], container.Args);
        Assert.Equal("some content here", container.Variables["SOME_VAR"]);
        Assert.Equal(new ContainerFile("/my/file", "0600", "file.txt", null, null, false), container.Files[0]);
        Assert.Equal("some multiline\ncontent\n", container.Files[1].Content);
        Assert.Equal("ADBgwpA=", container.Files[2].BinaryContent);
        Assert.Equal(new ContainerVolume("/mnt/something", "volume-name", "/sub/path", false), container.Volumes[0]);
        Assert.Equal(new ResourceQuantities("0.24", "128M"), container.Resources!.Limits);
        Assert.Equal(new ResourceQuantities("1000m", "10Gi"), container.Resources.Requests);
        Assert.Equal((8080, "/livez"), (container.LivenessProbe!.HttpGet!.Port, container.LivenessProbe.HttpGet.Path));
        Assert.Equal(["/bin/curl", "-f", "http://localhost:8080/livez"], container.LivenessProbe.Exec!.Command);
        Assert.Equal(new HttpHeader("SOME_HEADER", "some-value-here"), Assert.Single(container.ReadinessProbe!.HttpGet!.HttpHeaders));
        Assert.Equal("HTTP", container.ReadinessProbe.HttpGet.Scheme);
        Assert.Null(Full.Containers["container-two2"].Command);
    }

    [Fact]
    public void Maps_service_ports_with_score_defaults()
    {
        var ports = Full.Service!.Ports;

        Assert.Equal(new ServicePort("port-one", 1000, 10000, "TCP"), ports["port-one"]);
        Assert.Equal((8000, "TCP"), (ports["port-two2"].EffectiveTargetPort, ports["port-two2"].EffectiveProtocol));
        Assert.Null(ports["port-two2"].TargetPort);
    }

    [Fact]
    public void Maps_resources_with_params_and_metadata_detached_from_the_document()
    {
        var resource = Full.Resources["resource-one1"];

        Assert.Equal(("Resource-One", "default"), (resource.Type, resource.Class));
        Assert.Equal("here", (string?)resource.Params!["extra"]!["data"]);
        Assert.Equal("extra-value", (string?)resource.Metadata!["extra-key"]);
        Assert.Null(resource.Params.Parent);
        Assert.Equal(["resource-one1", "resource-two2", "resource-three"], Full.Resources.Keys);
    }

    [Fact]
    public void Maps_the_deprecated_list_form_of_files_and_volumes_and_container_start_order()
    {
        const string yaml = """
            apiVersion: score.dev/v1b1
            metadata: {name: app}
            containers:
              init:
                image: busybox
                before: {main: {ready: complete}}
              main:
                image: nginx
                files: [{target: /etc/a, content: "x", noExpand: true}]
                volumes: [{source: data, target: /data, readOnly: true}]
            """;

        var spec = ScoreParser.Parse(yaml).Spec!;

        Assert.Equal(new ContainerFile("/etc/a", null, null, "x", null, true), Assert.Single(spec.Containers["main"].Files));
        Assert.Equal(new ContainerVolume("/data", "data", null, true), Assert.Single(spec.Containers["main"].Volumes));
        Assert.Equal("complete", spec.Containers["init"].Before["main"]);
        Assert.Empty(spec.Resources);
        Assert.Null(spec.Service);
    }
}
