using Innominatus.WorkflowService.Score;
using Innominatus.WorkflowService.Workflows.Tenancy;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Applications;

/// <summary>
/// What a team's Score file may not ask for, checked before anything is planned or stored: a reserved namespace as
/// the application's name, the engine's context as a resource param, and inline workflow steps that would act outside
/// the application's own namespace or run processes.
/// </summary>
public sealed class SpecTenancyCheck(ReservedNamespaces reserved)
{
    public List<ScoreError> Errors(ScoreSpec spec)
    {
        var application = spec.Metadata.Name;
        var errors = new List<ScoreError>();
        if (reserved.IsReserved(application))
        {
            errors.Add(new ScoreError("$.metadata.name", reserved.Refusal(application)));
        }
        foreach (var resource in spec.Resources.Values)
        {
            errors.AddRange((resource.Params ?? []).Select(p => p.Key).Where(ContextParameters.IsContext)
                .Select(name => new ScoreError(JsonPath.Property(JsonPath.Property(JsonPath.Property("$.resources", resource.Name), "params"), name), ContextParameters.AsResourceParam(name))));
        }
        foreach (var (name, workflow) in spec.Workflows)
        {
            errors.AddRange(TenantWorkflowRules.Errors(workflow, application, JsonPath.Property("$.workflows", name)).Select(e => new ScoreError(e.Path, e.Message)));
        }
        return errors;
    }

    public static IResult Refusal(IReadOnlyList<string> errors) => TypedResults.Problem(
        title: "Refused by the tenancy rules: a team acts only on its own application, in its own namespace",
        detail: string.Join("; ", errors),
        statusCode: StatusCodes.Status422UnprocessableEntity,
        extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
