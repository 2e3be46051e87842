using System.Text;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Helm;

/// <summary>Output kept for the engine to read (a status as JSON, rendered manifests), not shown in the step log.</summary>
public sealed class CapturedOutput : IStepLog
{
    private readonly StringBuilder text = new();

    public string Text
    {
        get
        {
            lock (text)
            {
                return text.ToString();
            }
        }
    }

    public void Write(string line)
    {
        lock (text)
        {
            text.AppendLine(line);
        }
    }
}
