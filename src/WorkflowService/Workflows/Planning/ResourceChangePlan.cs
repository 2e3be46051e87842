namespace Innominatus.WorkflowService.Workflows.Planning;

public sealed record ResourceChangePlan(string Resource, string Type, string Provider, string Operation, WorkflowPlanView Plan);
