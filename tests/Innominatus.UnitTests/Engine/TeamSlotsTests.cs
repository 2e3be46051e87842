using Innominatus.Contracts.Workflows;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.UnitTests.Engine;

public class TeamSlotsTests
{
    private static ExecuteStep Step(string? team) => new(Guid.NewGuid(), Guid.NewGuid(), 1, team);

    /// <summary>Four slots, all team A's; A waits with many more; B's one step takes the next slot that frees.</summary>
    [Fact]
    public void A_team_over_its_share_lets_another_teams_step_go_first()
    {
        var slots = new TeamSlots(new FairnessOptions(4, 0.5, 100, ReservedSlots: 0));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(SlotDecision.Taken, slots.TryTake(Step("a"), false));
        }
        var waitingOfA = Enumerable.Range(0, 10).Select(_ => Step("a")).ToList();
        Assert.All(waitingOfA, s => Assert.Equal(SlotDecision.Waiting, slots.TryTake(s, false)));
        var ofB = Step("b");
        Assert.Equal(SlotDecision.Waiting, slots.TryTake(ofB, false));

        Assert.Same(ofB, slots.Release("a")?.Message);
        Assert.Same(waitingOfA[0], slots.Release("a")?.Message);
        Assert.Equal(9, slots.Waiting);
    }

    /// <summary>Team A's slow steps never take the reserve: B's step starts at once, without waiting for any of A's to end.</summary>
    [Fact]
    public void A_team_past_its_share_leaves_the_reserved_slots_to_others()
    {
        var slots = new TeamSlots(new FairnessOptions(4, 0.5, 100, ReservedSlots: 1));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(SlotDecision.Taken, slots.TryTake(Step("a"), false));
        }
        var fourthOfA = Step("a");
        Assert.Equal(SlotDecision.Waiting, slots.TryTake(fourthOfA, false));
        Assert.Equal(SlotDecision.Taken, slots.TryTake(Step("b"), false));

        // A holds its share (two) once one of its steps ends; the freed slot would be the last free one: kept.
        Assert.Null(slots.Release("a"));
        Assert.Equal(SlotDecision.Taken, slots.TryTake(Step("c"), false));
        // B's ends: that slot is the reserve again, kept; C's ends too: one more than the reserve, A's step gets it.
        Assert.Null(slots.Release("b"));
        Assert.Same(fourthOfA, slots.Release("c")?.Message);
    }

    [Fact]
    public void Without_fairness_nothing_is_reserved()
    {
        Assert.Equal(0, new FairnessOptions(4, 1, 100, ReservedSlots: 2).Reserve);
        Assert.Equal(2, new FairnessOptions(4, 0.5, 100, ReservedSlots: 3).Reserve);
        Assert.Equal(8, new FairnessOptions(128, 0.5, 100).Reserve);
    }

    [Fact]
    public void With_a_share_of_one_steps_take_slots_first_come_first_served()
    {
        var slots = new TeamSlots(new FairnessOptions(1, 1, 100));
        Assert.Equal(SlotDecision.Taken, slots.TryTake(Step("a"), false));
        var ofA = Step("a");
        slots.TryTake(ofA, false);
        slots.TryTake(Step("b"), false);

        Assert.Same(ofA, slots.Release("a")?.Message);
    }

    [Fact]
    public void Teams_under_their_share_are_served_oldest_first_and_a_free_slot_goes_to_whoever_asks()
    {
        var slots = new TeamSlots(new FairnessOptions(4, 0.5, 100));
        var (a1, a2, b1, c1) = (Step("a"), Step("a"), Step("b"), Step("c"));
        Assert.Equal(SlotDecision.Taken, slots.TryTake(a1, false));
        Assert.Equal(SlotDecision.Taken, slots.TryTake(a2, false));
        Assert.Equal(SlotDecision.Taken, slots.TryTake(b1, false));
        Assert.Equal(SlotDecision.Taken, slots.TryTake(c1, false));
        var (a3, c2, b2) = (Step("a"), Step("c"), Step("b"));
        slots.TryTake(a3, false);
        slots.TryTake(c2, false);
        slots.TryTake(b2, false);

        // A holds its share (two): C's older step, then B's, before A's.
        Assert.Same(c2, slots.Release("c")?.Message);
        Assert.Same(b2, slots.Release("b")?.Message);
        Assert.Same(a3, slots.Release("a")?.Message);
        Assert.Null(slots.Release("a"));
        Assert.Equal(SlotDecision.Taken, slots.TryTake(Step("d"), false));
    }

    [Fact]
    public void A_repeated_command_of_a_waiting_step_and_one_beyond_the_limit_are_not_kept()
    {
        var slots = new TeamSlots(new FairnessOptions(1, 0.5, 2));
        slots.TryTake(Step("a"), false);
        var waiting = Step("a");
        Assert.Equal(SlotDecision.Waiting, slots.TryTake(waiting, false));
        Assert.Equal(SlotDecision.Duplicate, slots.TryTake(waiting with { }, true));
        Assert.Equal(SlotDecision.Waiting, slots.TryTake(Step("b"), false));
        Assert.Equal(SlotDecision.Full, slots.TryTake(Step("c"), false));

        Assert.Equal(2, slots.Drain().Count);
        Assert.Null(slots.Release("a"));
    }
}
