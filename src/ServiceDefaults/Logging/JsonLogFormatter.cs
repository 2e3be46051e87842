using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Innominatus.ServiceDefaults.Logging;

/// <summary>
/// One JSON object per line with <c>level</c>, <c>timestamp</c>, <c>message</c> and the structured fields in
/// snake_case, the format the deployment guide shows (<c>kubectl logs … | jq .</c>).
/// </summary>
public sealed class JsonLogFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "innominatus-json";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("level", LogLevelParser.ToName(logEntry.LogLevel));
            json.WriteString("timestamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("message", message);
            json.WriteString("category", logEntry.Category);
            if (logEntry.EventId.Id != 0)
            {
                json.WriteNumber("event_id", logEntry.EventId.Id);
            }
            if (Activity.Current is { } activity)
            {
                json.WriteString("trace_id", activity.TraceId.ToHexString());
                json.WriteString("span_id", activity.SpanId.ToHexString());
            }
            if (logEntry.Exception is { } exception)
            {
                json.WriteString("error", exception.ToString());
            }
            var written = new HashSet<string>(StringComparer.Ordinal) { "level", "timestamp", "message", "category", "event_id", "trace_id", "span_id", "error" };
            WriteFields(json, logEntry.State as IEnumerable<KeyValuePair<string, object?>>, written);
            scopeProvider?.ForEachScope((scope, state) => WriteFields(state.json, scope as IEnumerable<KeyValuePair<string, object?>>, state.written), (json, written));
            json.WriteEndObject();
        }
        textWriter.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteFields(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, object?>>? fields, HashSet<string> written)
    {
        if (fields is null)
        {
            return;
        }
        foreach (var (key, value) in fields)
        {
            if (key == "{OriginalFormat}")
            {
                continue;
            }
            var name = Naming.SnakeCase.Convert(key);
            if (!written.Add(name))
            {
                continue;
            }
            switch (value)
            {
                case null: json.WriteNull(name); break;
                case bool b: json.WriteBoolean(name, b); break;
                case int or long or short or byte or uint or ulong or ushort:
                    json.WriteNumber(name, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                case double or float or decimal:
                    json.WriteNumber(name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                default: json.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }
    }
}
