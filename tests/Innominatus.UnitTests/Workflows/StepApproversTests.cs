using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Workflows.Approvals;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.UnitTests.Workflows;

public class StepApproversTests
{
    private static readonly WorkflowExecution Run = new()
    {
        Name = "undeploy", Kind = "golden-path", Team = "payments", RequestedBy = "alice",
        Definition = JsonDocument.Parse("{}"), Parameters = JsonDocument.Parse("{}"),
    };

    [Theory]
    [InlineData("alice", "payments", "admin", "[\"payments\"]", StepApprovers.OwnRequestRule)]
    [InlineData("bob", "payments", "user", "[\"release\"]", StepApprovers.ApproverRule)]
    [InlineData("bob", "payments", "user", "[]", StepApprovers.ApproverRule)]
    [InlineData("bob", "payments", "user", null, StepApprovers.ApproverRule)]
    [InlineData("bob", "payments", "user", "[\"payments\"]", null)]
    [InlineData("bob", "payments", "team-admin:payments", "\"team-admin:payments\"", null)]
    [InlineData("carol", "release", "user", "[\"release\", \"sre\"]", null)]
    [InlineData("root", null, "admin", "[\"release\"]", null)]
    public void The_requester_never_decides_and_others_only_as_a_named_approver_or_admin(string user, string? team, string role, string? approvers, string? rule)
    {
        var config = new JsonObject { ["message"] = "ok?" };
        if (approvers is not null)
            config["approvers"] = JsonNode.Parse(approvers);
        var step = new StepDefinition("gate", StepTypes.Approval, StepPhases.Pre, [], null, null, null, config, new Dictionary<string, string>());
        var caller = new CallerPrincipal(user, user, team, team is null ? [] : [team], new HashSet<string> { role });

        var refusal = StepApprovers.Refusal(Run, step, caller, "approve");

        Assert.Equal(rule, refusal?.Title);
        Assert.True(refusal is null || refusal.Status == OperationStatus.Forbidden);
    }

    [Theory]
    [InlineData(StepTypes.Approval, true)]
    [InlineData(StepTypes.Policy, true)]
    [InlineData(StepTypes.Script, false)]
    public void Approval_and_policy_steps_are_gates(string type, bool gate) => Assert.Equal(gate, StepApprovers.IsGate(type));
}
