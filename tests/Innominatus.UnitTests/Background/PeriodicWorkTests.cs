using Innominatus.ServiceDefaults.Background;
using Innominatus.ServiceDefaults.Logging;

namespace Innominatus.UnitTests.Background;

/// <summary>
/// The loop of every outage-aware background service: an outage of many failed rounds is reported twice (its start,
/// its end with the count), rounds with more work waiting follow at once, and only the service's stopping ends it.
/// </summary>
public class PeriodicWorkTests
{
    [Fact]
    public async Task An_outage_is_reported_when_it_starts_and_when_it_ends_not_per_failed_round()
    {
        var work = new ScriptedWork("fail", "fail", "fail", "idle", "fail", "idle");

        await work.RunToEndAsync();

        Assert.Equal(["started: round 1 failed", "ended after 3", "started: round 5 failed", "ended after 1"], work.Reports);
        Assert.Equal(["failed", "failed", "failed", "waited", "failed", "waited"], work.Waits);
    }

    [Fact]
    public async Task A_round_with_more_work_waiting_is_followed_at_once()
    {
        var work = new ScriptedWork("more", "more", "idle");

        await work.RunToEndAsync();

        Assert.Equal(["waited"], work.Waits);
        Assert.Empty(work.Reports);
    }

    [Fact]
    public async Task A_cancellation_not_of_the_service_stopping_counts_as_a_failed_round()
    {
        var work = new ScriptedWork("cancelled", "idle");

        await work.RunToEndAsync();

        Assert.Equal(["started: round 1 failed", "ended after 1"], work.Reports);
    }

    /// <summary>Plays its rounds in order, then stops the service; records what the loop reported and how it waited.</summary>
    private sealed class ScriptedWork(params string[] rounds) : PeriodicWork(new Outage(TimeSpan.Zero, TimeSpan.Zero))
    {
        private readonly CancellationTokenSource stopping = new();
        private int round;

        public List<string> Reports { get; } = [];

        public List<string> Waits { get; } = [];

        protected override TimeSpan FailedInterval
        {
            get
            {
                Waits.Add("failed");
                return TimeSpan.Zero;
            }
        }

        public async Task RunToEndAsync()
        {
            await ExecuteAsync(stopping.Token).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(rounds.Length + 1, round);
        }

        protected override Task<bool> RunOnceAsync(CancellationToken cancellationToken)
        {
            round++;
            if (round > rounds.Length)
            {
                stopping.Cancel();
                cancellationToken.ThrowIfCancellationRequested();
            }
            return rounds[round - 1] switch
            {
                "fail" => throw new InvalidOperationException($"round {round} failed"),
                "cancelled" => throw new OperationCanceledException($"round {round} failed"),
                "more" => Task.FromResult(true),
                _ => Task.FromResult(false),
            };
        }

        protected override Task WaitAsync(CancellationToken cancellationToken)
        {
            Waits.Add("waited");
            return Task.CompletedTask;
        }

        protected override void OnOutageStarted(Exception exception) => Reports.Add("started: " + exception.Message);

        protected override void OnOutageEnded(int failedRounds) => Reports.Add($"ended after {failedRounds}");
    }
}
