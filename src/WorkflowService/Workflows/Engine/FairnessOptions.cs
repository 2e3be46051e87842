namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// <c>Workflows:MaxConcurrentSteps</c> (default 128): the step slots of one replica. <c>Workflows:Fairness:MaxTeamShare</c>
/// (default 0.5): the fraction of them past which a team's next step yields to another team's waiting step; 1 turns
/// fairness off (first come, first served). <c>Workflows:Fairness:MaxWaitingSteps</c> (default 10,000): how many
/// steps may wait for a slot in one replica's memory; beyond it, a step stays queued in the database until its command
/// is sent again. <c>Workflows:Fairness:ReservedSlots</c> (default a sixteenth of the slots, at least one): free slots a
/// team past its share does not take, so another team's step starts at once even while one team's slow steps hold the rest.
/// </summary>
public sealed record FairnessOptions(int Slots, double MaxTeamShare, int MaxWaitingSteps, int? ReservedSlots = null)
{
    public static FairnessOptions From(IConfiguration configuration)
    {
        var share = configuration.GetValue("Workflows:Fairness:MaxTeamShare", 0.5);
        if (!(share > 0 && share <= 1))
        {
            throw new InvalidOperationException($"Workflows:Fairness:MaxTeamShare ({share}) must be above 0 and at most 1 (1 turns fairness between teams off)");
        }
        return new FairnessOptions(
            Math.Max(1, configuration.GetValue("Workflows:MaxConcurrentSteps", 128)), share, Math.Max(1, configuration.GetValue("Workflows:Fairness:MaxWaitingSteps", 10_000)),
            configuration.GetValue<int?>("Workflows:Fairness:ReservedSlots"));
    }

    /// <summary>The slots one team may hold before its waiting steps let other teams' go first.</summary>
    public int TeamShare => MaxTeamShare >= 1 ? int.MaxValue : Math.Max(1, (int)(Slots * MaxTeamShare));

    /// <summary>
    /// The free slots kept from a team past its share; never more than the slots beyond one team's share, so a team
    /// alone still gets its share. None when fairness is off.
    /// </summary>
    public int Reserve => TeamShare == int.MaxValue ? 0 : Math.Clamp(ReservedSlots ?? Math.Max(1, Slots / 16), 0, Slots - TeamShare);
}
