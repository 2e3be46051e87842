using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core.Events;

namespace Innominatus.WorkflowService.Yaml;

/// <summary>
/// Gives scalars their YAML 1.2 core-schema types. Only untagged plain scalars are typed; quoted and block scalars are
/// always strings, so <c>"8080"</c> stays a string and <c>yes</c>, <c>on</c> or <c>0755</c> never change meaning.
/// </summary>
internal static partial class YamlScalarResolver
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    /// <returns>The value (null for a YAML null), or an error message in <paramref name="error"/>.</returns>
    public static JsonNode? Resolve(Scalar scalar, out string? error)
    {
        error = null;
        if (scalar.Tag.IsEmpty)
            return scalar.Style == YamlDotNet.Core.ScalarStyle.Plain ? ResolvePlain(scalar.Value, out error) : JsonValue.Create(scalar.Value);
        if (scalar.Tag.IsNonSpecific)
            return JsonValue.Create(scalar.Value);
        var tag = scalar.Tag.Value;
        if (!tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal))
        {
            error = $"unsupported tag '{tag}'";
            return JsonValue.Create(scalar.Value);
        }
        return tag[CoreTagPrefix.Length..] switch
        {
            "str" => JsonValue.Create(scalar.Value),
            "null" => Expect(IsNull(scalar.Value), null, scalar, "null", out error),
            "bool" => Expect(TryBool(scalar.Value, out var flag), JsonValue.Create(flag), scalar, "bool", out error),
            "int" => Expect(TryInteger(scalar.Value, out var integer), integer, scalar, "int", out error),
            "float" => Expect(TryFloat(scalar.Value, out var number, out error) || TryInteger(scalar.Value, out number), number, scalar, "float", out error),
            _ => Expect(false, null, scalar, tag, out error),
        };
    }

    private static JsonNode? ResolvePlain(string text, out string? error)
    {
        error = null;
        if (IsNull(text))
            return null;
        if (TryBool(text, out var flag))
            return JsonValue.Create(flag);
        if (TryInteger(text, out var integer))
            return integer;
        if (TryFloat(text, out var number, out error))
            return number;
        return error is null ? JsonValue.Create(text) : null;
    }

    private static JsonNode? Expect(bool ok, JsonNode? value, Scalar scalar, string tag, out string? error)
    {
        error = ok ? null : $"'{scalar.Value}' is not a valid !!{tag}";
        return ok ? value : JsonValue.Create(scalar.Value);
    }

    private static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    private static bool TryBool(string text, out bool value)
    {
        value = text is "true" or "True" or "TRUE";
        return value || text is "false" or "False" or "FALSE";
    }

    private static bool TryInteger(string text, out JsonNode? value)
    {
        value = null;
        var radix = text.StartsWith("0x", StringComparison.Ordinal) ? 16 : text.StartsWith("0o", StringComparison.Ordinal) ? 8 : 10;
        var digits = radix == 10 ? text : text[2..];
        if (radix == 10 ? !DecimalInteger().IsMatch(text) : digits.Length == 0 || !digits.All(c => radix == 16 ? char.IsAsciiHexDigit(c) : c is >= '0' and <= '7'))
            return false;
        value = radix == 10 ? Number(JsonDecimal(text))
            : digits.Length <= 15 ? Number(Convert.ToInt64(digits, radix).ToString(CultureInfo.InvariantCulture))
            : LargeInteger(digits, radix);
        return value is not null;
    }

    // JSON numbers have no '+' sign and no leading zeros; any number of digits is fine.
    private static string JsonDecimal(string text)
    {
        var negative = text.StartsWith('-');
        var digits = text.TrimStart('-', '+').TrimStart('0');
        return (negative && digits.Length > 0 ? "-" : "") + (digits.Length == 0 ? "0" : digits);
    }

    // Hex and octal integers too long for a long keep their magnitude as a double; beyond that they stay strings.
    private static JsonNode? LargeInteger(string digits, int radix)
    {
        var magnitude = 0.0;
        foreach (var c in digits)
            magnitude = magnitude * radix + Convert.ToInt32(c.ToString(), 16);
        return double.IsFinite(magnitude) ? Number(magnitude.ToString("R", CultureInfo.InvariantCulture)) : null;
    }

    private static bool TryFloat(string text, out JsonNode? value, out string? error)
    {
        value = null;
        error = null;
        if (!Float().IsMatch(text) && !Infinity().IsMatch(text) && !NotANumber().IsMatch(text))
            return false;
        var number = Float().IsMatch(text) ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : double.NaN;
        if (!double.IsFinite(number))
        {
            // JSON has no infinity or NaN; refusing them keeps every tree we return serialisable.
            error = $"'{text}' is not a finite number, which JSON cannot represent";
            return false;
        }
        value = Number(number.ToString("R", CultureInfo.InvariantCulture));
        return true;
    }

    // Numbers are backed by a JsonElement, as JsonNode.Parse makes them, so readers can convert them to any numeric type.
    private static JsonNode Number(string json) => JsonNode.Parse(json)!;

    [GeneratedRegex(@"^[-+]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex(@"^[-+]?\.(inf|Inf|INF)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Infinity();

    [GeneratedRegex(@"^\.(nan|NaN|NAN)\z", RegexOptions.CultureInvariant)]
    private static partial Regex NotANumber();
}
