namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// <c>Workflows:MaxConcurrentSteps</c> (default 128): the step slots of one replica. <c>Workflows:Fairness:MaxTeamShare</c>
/// (default 0.5): the fraction of them past which a team's next step yields to another team's waiting step; 1 turns
/// fairness off (first come, first served). <c>Workflows:Fairness:MaxWaitingSteps</c> (default 10,000): how many
/// steps may wait for a slot in one replica's memory; beyond it, a step stays queued in the database until its command
/// is sent again.
/// </summary>
public sealed record FairnessOptions(int Slots, double MaxTeamShare, int MaxWaitingSteps)
{
    public static FairnessOptions From(IConfiguration configuration)
    {
        var share = configuration.GetValue("Workflows:Fairness:MaxTeamShare", 0.5);
        if (!(share > 0 && share <= 1))
        {
            throw new InvalidOperationException($"Workflows:Fairness:MaxTeamShare ({share}) must be above 0 and at most 1 (1 turns fairness between teams off)");
        }
        return new FairnessOptions(
            Math.Max(1, configuration.GetValue("Workflows:MaxConcurrentSteps", 128)), share, Math.Max(1, configuration.GetValue("Workflows:Fairness:MaxWaitingSteps", 10_000)));
    }

    /// <summary>The slots one team may hold before its waiting steps let other teams' go first.</summary>
    public int TeamShare => MaxTeamShare >= 1 ? int.MaxValue : Math.Max(1, (int)(Slots * MaxTeamShare));
}
