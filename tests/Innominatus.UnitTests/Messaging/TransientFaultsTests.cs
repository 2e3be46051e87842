using Innominatus.ServiceDefaults.Logging;
using Innominatus.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Innominatus.UnitTests.Messaging;

public class TransientFaultsTests
{
    [Theory]
    [InlineData("57P01")]
    [InlineData("57P03")]
    [InlineData("08006")]
    [InlineData("40001")]
    public void A_database_shutdown_or_lost_connection_is_retried_also_inside_EF_Cores_exception(string sqlState)
    {
        var postgres = new PostgresException("gone", "FATAL", "FATAL", sqlState);

        Assert.True(TransientFaults.IsTransient(postgres));
        Assert.True(TransientFaults.IsTransient(new DbUpdateException("saving failed", postgres)));
        Assert.True(TransientFaults.IsTransient(new TimeoutException()));
    }

    [Theory]
    [InlineData("23505")]
    [InlineData("42P01")]
    public void A_constraint_violation_or_a_bug_is_not_retried(string sqlState)
    {
        Assert.False(TransientFaults.IsTransient(new DbUpdateException("saving failed", new PostgresException("no", "ERROR", "ERROR", sqlState))));
        Assert.False(TransientFaults.IsTransient(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void The_queue_of_a_dead_letter_is_the_last_segment_of_the_endpoint_address()
    {
        Assert.Equal("workflow-execute-step", DeadLetterObserver.QueueName(new Uri("rabbitmq://localhost/workflow-execute-step")));
        Assert.Equal("live-events", DeadLetterObserver.QueueName(new Uri("rabbitmq://localhost/vhost/live-events?temporary=true")));
        Assert.Equal("unknown", DeadLetterObserver.QueueName(null));
    }

    [Fact]
    public void An_outage_is_reported_once_its_wait_doubles_to_the_cap_and_its_end_reports_the_attempts()
    {
        var outage = new Outage(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));

        var reported = Enumerable.Range(0, 5).Select(_ => (outage.Fail(), outage.Delay)).ToList();

        Assert.Equal([true, false, false, false, false], reported.Select(r => r.Item1));
        Assert.Equal([1, 2, 4, 5, 5], reported.Select(r => (int)r.Delay.TotalSeconds));
        Assert.Equal(5, outage.Recover());
        Assert.Equal(0, outage.Recover());
        Assert.True(outage.Fail());
    }
}
