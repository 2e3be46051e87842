using System.Text.Json.Nodes;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Workflows.Approvals;

/// <summary>
/// Who may decide or skip a gate step (<c>approval</c>, <c>policy</c>): never the person who requested the run; else
/// an admin, or a caller with a role or team named in the step's <c>approvers</c>.
/// </summary>
public static class StepApprovers
{
    public const string OwnRequestRule = "Nobody decides or skips a gate of their own request";
    public const string ApproverRule = "Only a named approver or an admin decides or skips a gate step";

    /// <summary>Steps whose outcome is a decision: skipping one is deciding it.</summary>
    public static bool IsGate(string stepType) => stepType is StepTypes.Approval or StepTypes.Policy;

    /// <summary>Null when <paramref name="caller"/> may decide the step; otherwise the rule it breaks, as a refusal.</summary>
    public static OperationResult? Refusal(WorkflowExecution execution, StepDefinition? step, CallerPrincipal caller, string action)
    {
        if (caller.User == execution.RequestedBy)
        {
            return OperationResult.Forbidden(OwnRequestRule, $"{caller.User} requested run {execution.Id}, so someone else must {action} step {step?.Name}.");
        }
        if (caller.IsAdmin || Names(step, caller))
        {
            return null;
        }
        var approvers = Of(step);
        var named = approvers.Count == 0 ? "it names no approvers, so only an admin may" : $"its approvers are {string.Join(", ", approvers)}";
        return OperationResult.Forbidden(ApproverRule, $"{caller.User} is not an approver of step {step?.Name}: {named} {action} it.");
    }

    /// <summary>Whether one of the caller's roles or teams is among the step's approvers.</summary>
    public static bool Names(StepDefinition? step, CallerPrincipal caller) =>
        Of(step).Any(a => caller.Roles.Contains(a) || caller.Teams.Contains(a, StringComparer.Ordinal));

    /// <summary>The roles and teams in the step's <c>approvers</c> config (a list, or one name).</summary>
    public static IReadOnlyList<string> Of(StepDefinition? step) => step?.Config["approvers"] switch
    {
        JsonArray list => [.. list.OfType<JsonValue>().Select(v => v.ToString()).Where(v => v.Length > 0)],
        JsonValue one when one.ToString() is { Length: > 0 } name => [name],
        _ => [],
    };
}
