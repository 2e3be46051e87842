using System.Text.RegularExpressions;

namespace Innominatus.Cli.Validation;

/// <summary>
/// What each Score rule means, for <c>validate --explain</c>. The rules themselves are the server's
/// (ScoreParser, compiled in from the workflow service); these texts only explain them.
/// </summary>
public static partial class ScoreExplanations
{
    private static readonly (Regex Path, string Meaning)[] ByPath =
    [
        (Path(@"^\$\.apiVersion$"), "apiVersion names the Score schema the file follows; Innominatus reads 'score.dev/v1b1'."),
        (Path(@"^\$\.metadata\.name$"), "metadata.name is the workload's name and becomes the application's name: a DNS label (2-63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit). Deploying the same name again makes a new revision of that application."),
        (Path(@"^\$\.metadata\.annotations"), "Annotations are free-form string pairs; keys are Kubernetes-style (an optional DNS prefix and '/', then a name of letters, digits, '.', '_' and '-')."),
        (Path(@"^\$\.metadata"), "metadata holds the workload's name (required) and annotations; other keys are kept but not interpreted."),
        (Path(@"^\$\.containers\.[^.]+\.image$"), "image is the container image to run (for example nginx:1.27); '.' means the image built from this workload's own source."),
        (Path(@"^\$\.containers\.[^.]+\.variables"), "variables are environment variables: names without '=', string values; ${resources.NAME.OUTPUT} and ${metadata.KEY} are filled in at deploy time."),
        (Path(@"^\$\.containers\.[^.]+\.files"), "files are written into the container: a target path maps to content, source or binaryContent, with an optional octal mode such as 0644."),
        (Path(@"^\$\.containers\.[^.]+\.volumes"), "volumes mount a declared resource (source: ${resources.NAME}) at a target path, optionally a sub-path and read-only."),
        (Path(@"^\$\.containers\.[^.]+\.resources"), "resources are the container's CPU and memory requests and limits: CPU as 2, 0.5 or 250m; memory as 128M, 1.5Gi or a number of bytes."),
        (Path(@"^\$\.containers\.[^.]+\.(livenessProbe|readinessProbe)"), "A probe checks the container with httpGet (port, path, optional scheme HTTP or HTTPS and headers) or exec (a command)."),
        (Path(@"^\$\.containers\.[^.]+\.before"), "before orders containers: a container may wait for another one of this workload to be started, healthy or complete; cycles are errors."),
        (Path(@"^\$\.containers"), "containers is a map of at least one container by name; each needs an image."),
        (Path(@"^\$\.service\.ports"), "service.ports are the named ports the workload exposes: port (1-65535), optional targetPort (defaults to port) and protocol TCP or UDP."),
        (Path(@"^\$\.service"), "service describes how other workloads reach this one: its ports."),
        (Path(@"^\$\.resources\.[^.]+\.type$"), "type is the kind of resource the platform provisions (postgres, redis, route, ...). The server also checks that a provider offers it: see 'innominatus-ctl providers list'."),
        (Path(@"^\$\.resources\.[^.]+\.class$"), "class picks a variant of the resource type (for example a size); same characters as type."),
        (Path(@"^\$\.resources\.[^.]+\.id$"), "id shares one resource between workloads: every workload that declares the same type, class and id gets the same instance."),
        (Path(@"^\$\.resources\.[^.]+\.params"), "params are passed to the provider's workflow; the provider documents which it accepts ('innominatus-ctl providers show NAME')."),
        (Path(@"^\$\.resources"), "resources are what the workload depends on, by name; the name is used in ${resources.NAME.OUTPUT} placeholders."),
        (Path(@"^\$\.workflows"), "workflows is Innominatus' extension: inline workflows by name, in the workflow definition format (docs/workflow-definitions.md)."),
        (Path(@"^\$$"), "The document as a whole: a YAML or JSON map with apiVersion, metadata and containers."),
    ];

    private static readonly (string Fragment, string Meaning)[] ByMessage =
    [
        ("required field", "Score requires this field: add it."),
        ("unknown field", "Score documents are closed: a key the schema does not define is an error, so a typo never passes silently."),
        ("placeholder", "Placeholders ${metadata.KEY} and ${resources.NAME.OUTPUT} are filled in at deploy time and must name something declared; write $$ for a literal $."),
        ("must be", "The value has the wrong type for this field (a map, list, string or number is expected as stated)."),
    ];

    public static string Explain(string path, string message)
    {
        var byMessage = ByMessage.FirstOrDefault(m => message.Contains(m.Fragment, StringComparison.Ordinal)).Meaning;
        var byPath = ByPath.FirstOrDefault(p => p.Path.IsMatch(path)).Meaning;
        return string.Join(" ", new[] { byMessage, byPath }.Where(m => m is not null));
    }

    private static Regex Path(string pattern) => new(pattern, RegexOptions.CultureInvariant);
}
