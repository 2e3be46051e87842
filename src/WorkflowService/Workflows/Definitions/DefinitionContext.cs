using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>Collects the errors found while reading one workflow definition.</summary>
internal sealed class DefinitionContext
{
    private readonly List<DefinitionError> errors = [];

    public DefinitionContext() => Read = new NodeReader(Report);

    public NodeReader Read { get; }
    public IReadOnlyList<DefinitionError> Errors => errors;
    public bool HasErrors => errors.Count > 0;

    public void Report(string path, string message) => errors.Add(new DefinitionError(path, message));

    public void Add(DefinitionError error) => errors.Add(error);

    public DefinitionResult<T> Result<T>(T? value) where T : class => new(HasErrors ? null : value, errors);

    /// <summary>Adds line numbers, which only the YAML text knows, to errors found on its JSON form.</summary>
    public DefinitionResult<T> Result<T>(T? value, YamlLocations locations) where T : class =>
        new(HasErrors ? null : value, errors.Select(error => error with { Line = error.Line ?? locations.Find(error.Path)?.Line }).ToList());
}
