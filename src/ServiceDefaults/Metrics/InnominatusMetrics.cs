using System.Diagnostics.Metrics;

namespace Innominatus.ServiceDefaults.Metrics;

/// <summary>The product's own instruments; the Prometheus exporter adds the <c>_total</c> suffix to counters.</summary>
public sealed class InnominatusMetrics
{
    public const string MeterName = "Innominatus";

    private readonly Counter<long> httpRequests;
    private readonly Counter<long> dbQueries;
    private readonly Counter<long> deadLettered;

    public InnominatusMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        httpRequests = meter.CreateCounter<long>("innominatus_http_requests", description: "HTTP requests handled, by method, route and status code.");
        dbQueries = meter.CreateCounter<long>("innominatus_db_queries", description: "Database commands executed.");
        deadLettered = meter.CreateCounter<long>("innominatus_messages_dead_lettered", description: "Messages moved to an _error queue after their retries, by message type and queue.");
    }

    public void HttpRequestHandled(string method, string route, int status) =>
        httpRequests.Add(1,
            new KeyValuePair<string, object?>("method", method),
            new KeyValuePair<string, object?>("route", route),
            new KeyValuePair<string, object?>("status", status.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public void DbQueryExecuted(string schema) => dbQueries.Add(1, new KeyValuePair<string, object?>("schema", schema));

    public void MessageDeadLettered(string messageType, string queue) =>
        deadLettered.Add(1, new KeyValuePair<string, object?>("message_type", messageType), new KeyValuePair<string, object?>("queue", queue));
}
