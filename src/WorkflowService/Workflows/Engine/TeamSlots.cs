using Innominatus.Contracts.Workflows;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// The step slots of this replica, shared fairly between teams. A free slot goes to whoever asks (but for the reserve, below). When none is free,
/// the step waits in its team's line (its message already acknowledged: the step row stays <c>queued</c>, and the
/// retry poller sends its command again should this replica die), so one team's burst never stands between another
/// team's command and the replica. A slot that frees goes to the oldest waiting step of a team holding fewer than its
/// share of the slots, else to the oldest waiting step: first come, first served, except that a team at its share lets
/// the others go first. A team at its share also leaves the last few free slots (the reserve) to others, so a team
/// with no step running starts one at once even while another team's slow steps hold every other slot.
/// </summary>
public sealed class TeamSlots(FairnessOptions options)
{
    private readonly Lock gate = new();
    private readonly int share = options.TeamShare;
    private readonly Dictionary<string, int> held = [];
    private readonly Dictionary<string, Queue<WaitingStep>> lines = [];
    private readonly HashSet<(Guid Step, int Attempt)> waiting = [];
    private int free = options.Slots;
    private long arrivals;

    /// <summary>Steps waiting for a slot in this replica.</summary>
    public int Waiting
    {
        get
        {
            lock (gate)
            {
                return waiting.Count;
            }
        }
    }

    public SlotDecision TryTake(ExecuteStep message, bool redelivered)
    {
        var team = message.Team ?? "";
        lock (gate)
        {
            // A slot stays free while steps wait only when it is reserved: a release hands its slot to a waiting step
            // before it frees it, unless the step's team is past its share and the slot is one of the reserve.
            if (free > Reserved(team))
            {
                free--;
                Hold(team, 1);
                return SlotDecision.Taken;
            }
            if (waiting.Count >= options.MaxWaitingSteps)
            {
                return SlotDecision.Full;
            }
            if (!waiting.Add((message.StepId, message.Attempt)))
            {
                return SlotDecision.Duplicate;
            }
            if (!lines.TryGetValue(team, out var line))
            {
                lines[team] = line = new Queue<WaitingStep>();
            }
            line.Enqueue(new WaitingStep(message, redelivered, arrivals++));
            return SlotDecision.Waiting;
        }
    }

    /// <summary>Gives back a slot of <paramref name="team"/>; returns the waiting step it went to (the caller claims it), if any.</summary>
    public WaitingStep? Release(string? team)
    {
        lock (gate)
        {
            Hold(team ?? "", -1);
            var next = Next();
            if (next is null || free < Reserved(next.Message.Team ?? ""))
            {
                free++;
                return null;
            }
            var nextTeam = next.Message.Team ?? "";
            var line = lines[nextTeam];
            line.Dequeue();
            if (line.Count == 0)
            {
                lines.Remove(nextTeam);
            }
            waiting.Remove((next.Message.StepId, next.Message.Attempt));
            Hold(nextTeam, 1);
            return next;
        }
    }

    /// <summary>Empties every line (the replica stops): the steps stay queued in the database for any replica to take.</summary>
    public IReadOnlyList<WaitingStep> Drain()
    {
        lock (gate)
        {
            var all = lines.Values.SelectMany(l => l).ToList();
            lines.Clear();
            waiting.Clear();
            return all;
        }
    }

    /// <summary>How many free slots <paramref name="team"/> must leave to others: the reserve once it holds its share.</summary>
    private int Reserved(string team) => held.GetValueOrDefault(team) >= share ? options.Reserve : 0;

    private WaitingStep? Next()
    {
        WaitingStep? oldest = null;
        WaitingStep? oldestUnderShare = null;
        foreach (var (team, line) in lines)
        {
            var head = line.Peek();
            if (oldest is null || head.Sequence < oldest.Sequence)
            {
                oldest = head;
            }
            if (held.GetValueOrDefault(team) < share && (oldestUnderShare is null || head.Sequence < oldestUnderShare.Sequence))
            {
                oldestUnderShare = head;
            }
        }
        return oldestUnderShare ?? oldest;
    }

    private void Hold(string team, int change)
    {
        var now = held.GetValueOrDefault(team) + change;
        if (now <= 0)
        {
            held.Remove(team);
        }
        else
        {
            held[team] = now;
        }
    }
}
