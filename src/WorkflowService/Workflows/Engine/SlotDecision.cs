namespace Innominatus.WorkflowService.Workflows.Engine;

public enum SlotDecision
{
    /// <summary>A slot was free and is the caller's now.</summary>
    Taken,

    /// <summary>The step waits in its team's line of this replica; a slot that frees claims it.</summary>
    Waiting,

    /// <summary>The same attempt already waits here (a command sent again): nothing to do.</summary>
    Duplicate,

    /// <summary>Too many steps wait here already: the step stays queued in the database until its command is sent again.</summary>
    Full,
}
