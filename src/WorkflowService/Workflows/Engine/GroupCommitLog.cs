namespace Innominatus.WorkflowService.Workflows.Engine;

internal static partial class GroupCommitLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} {Item} failed ({Reason}); trying its items one by one")]
    public static partial void BatchFailed(ILogger logger, int count, string item, string reason);
}
