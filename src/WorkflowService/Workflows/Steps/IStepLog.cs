namespace Innominatus.WorkflowService.Workflows.Steps;

public interface IStepLog
{
    void Write(string line);
}
