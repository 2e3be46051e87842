namespace Innominatus.WorkflowService.Workflows.Jobs;

public enum JobPodPhase
{
    Pending,
    NeverStarts,
    Running,
    Finished,
}
