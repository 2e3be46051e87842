using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Workflows.Tenancy;

/// <summary>
/// A tenant workflow checked as a whole before it is stored or planned: its parameters may not name the engine's
/// context, and each step is held to <see cref="TenantStepRules"/>.
/// </summary>
public static class TenantWorkflowRules
{
    public static List<DefinitionError> Errors(WorkflowDefinition definition, string application, string path)
    {
        var errors = definition.Parameters.Keys.Where(ContextParameters.IsContext)
            .Select(name => new DefinitionError($"{path}.parameters.{name}", ContextParameters.AsWorkflowParameter(name)))
            .ToList();
        for (var i = 0; i < definition.Steps.Count; i++)
        {
            var step = definition.Steps[i];
            errors.AddRange(TenantStepRules.Check(step.Type, step.Config, application).Select(message => new DefinitionError($"{path}.steps[{i}]", message)));
        }
        return errors;
    }
}
