using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Workloads;

/// <summary>
/// The application's own workflow for a revision: wait until its resources are active (their outputs fill the
/// workload's placeholders), then render and apply the Score workload; or remove it on deprovision.
/// </summary>
public static class WorkloadWorkflow
{
    public const string Deploy = "deploy-workload";
    public const string Remove = "remove-workload";

    public static WorkflowDefinition For(string operation)
    {
        var application = new ParameterDefinition("string", true, null, "The application whose workload this is.", null, null, null, null);
        var revision = new ParameterDefinition("integer", true, null, "The revision deployed.", null, null, null, null);
        var parameters = new Dictionary<string, ParameterDefinition> { ["application"] = application, ["revision"] = revision };
        var config = new JsonObject { ["application"] = "${parameters.application}", ["revision"] = "${parameters.revision}" };
        if (operation == "delete")
        {
            config["operation"] = "delete";
            return new WorkflowDefinition(Remove, "Removes the application's workload.", parameters,
                [new StepDefinition("remove", "score-workload", "deploy", [], null, TimeSpan.FromMinutes(10), null, config, new Dictionary<string, string>())],
                new Dictionary<string, string>());
        }
        config["wait"] = new JsonObject { ["for"] = "ready", ["timeout"] = "10m" };
        return new WorkflowDefinition(Deploy, "Deploys the application's Score workload once its resources are active.", parameters,
        [
            new StepDefinition("resources-ready", "resources-ready", "deploy", [], null, TimeSpan.FromMinutes(30), null,
                new JsonObject { ["application"] = "${parameters.application}" }, new Dictionary<string, string>()),
            new StepDefinition("apply-workload", "score-workload", "deploy", ["resources-ready"], null, TimeSpan.FromMinutes(15), null, config, new Dictionary<string, string>()),
        ], new Dictionary<string, string>());
    }
}
