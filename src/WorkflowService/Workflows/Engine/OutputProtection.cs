using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Secret step and run outputs are stored encrypted (AES-256-GCM, key from <c>Workflows:OutputsKey</c>), so a copy of
/// the database does not give them away; later steps and retries read them decrypted. An output is secret when its
/// name says so (a generated password, a token), when its provider declares it <c>secret: true</c>, or when it derives
/// from a secret (holds a known secret value, or a property named like one). Without a key they are stored marked
/// but readable, and start-up says so once; either way the API masks them. To rotate the key, move the old one to
/// <c>Workflows:PreviousOutputsKeys:0</c>: outputs it wrote stay readable. Run parameters declared <c>secret: true</c>
/// are sealed the same way.
/// </summary>
public sealed partial class OutputProtection
{
    private const string Prefix = "enc:v1:";
    private const string PlainPrefix = "secret:v1:";
    private readonly byte[]? key;
    private readonly List<byte[]> readable;
    private readonly ILogger<OutputProtection> logger;

    public OutputProtection(IConfiguration configuration, ILogger<OutputProtection> logger)
    {
        this.logger = logger;
        key = configuration["Workflows:OutputsKey"] is { Length: > 0 } secret ? Derive(secret) : null;
        var previous = configuration.GetSection("Workflows:PreviousOutputsKeys").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0);
        readable = [.. key is null ? [] : new[] { key }, .. previous.Select(Derive)];
        if (key is null)
        {
            LogNoKey(logger);
        }
    }

    /// <summary><paramref name="secretNames"/>: outputs declared secret; <paramref name="known"/>: the run's secret values, which make an output holding one secret too.</summary>
    public JsonDocument Protect(JsonObject outputs, IReadOnlySet<string>? secretNames = null, SecretValues? known = null)
    {
        bool Declared(string name) => SecretOutputs.LooksSecret(name) || secretNames?.Contains(name) == true;
        // An output next to a secret one that holds its value (a connection string beside its password) is as secret.
        var secrets = (known ?? SecretValues.None).With(outputs.Where(o => o.Value is not null && Declared(o.Key)).SelectMany(o => SecretValues.Strings(o.Value)));
        return Seal(outputs, (name, value) => Declared(name) || secrets.Reveals(value));
    }

    /// <summary>A run's parameters as stored: those declared <c>secret: true</c> sealed like secret outputs, the rest as given.</summary>
    public JsonDocument ProtectParameters(JsonObject parameters, IReadOnlySet<string> secretNames)
        => Seal(parameters, (name, _) => secretNames.Contains(name));

    private JsonDocument Seal(JsonObject values, Func<string, JsonNode, bool> isSecret)
    {
        var stored = new JsonObject();
        foreach (var (name, value) in values)
        {
            var secret = value is not null && isSecret(name, value);
            stored[name] = !secret ? value?.DeepClone() : key is not null ? Encrypt(value!.ToJsonString()) : PlainPrefix + value!.ToJsonString();
        }
        return JsonDocument.Parse(stored.ToJsonString());
    }

    /// <summary>The outputs as steps use them; the strings of the secret ones are added to <paramref name="secrets"/>.</summary>
    public JsonObject Reveal(JsonDocument stored, ICollection<string>? secrets = null) => Open(stored, _ => true, secrets);

    /// <summary>
    /// A run's parameters as steps use them. Only the declared secret ones are opened: a caller's value that merely
    /// looks sealed stays the text it is.
    /// </summary>
    public JsonObject RevealParameters(JsonDocument stored, IReadOnlySet<string> secretNames, ICollection<string> secrets) =>
        Open(stored, secretNames.Contains, secrets);

    private JsonObject Open(JsonDocument stored, Func<string, bool> sealable, ICollection<string>? secrets)
    {
        var outputs = JsonNode.Parse(stored.RootElement.GetRawText()) as JsonObject ?? [];
        foreach (var (name, value) in outputs.ToList())
        {
            if (sealable(name) && value is JsonValue text && text.TryGetValue<string>(out var s) && IsProtected(s))
            {
                var revealed = s.StartsWith(Prefix, StringComparison.Ordinal) ? Decrypt(name, s[Prefix.Length..]) : JsonNode.Parse(s[PlainPrefix.Length..]);
                outputs[name] = revealed;
                foreach (var secret in SecretValues.Strings(revealed))
                {
                    secrets?.Add(secret);
                }
            }
        }
        return outputs;
    }

    /// <summary>Whether a stored value is a secret output (encrypted, or marked secret where no key is set).</summary>
    public static bool IsProtected(string stored) =>
        stored.StartsWith(Prefix, StringComparison.Ordinal) || stored.StartsWith(PlainPrefix, StringComparison.Ordinal);

    private string Encrypt(string plaintext)
    {
        var data = Encoding.UTF8.GetBytes(plaintext);
        var sealedBox = new byte[12 + data.Length + 16];
        RandomNumberGenerator.Fill(sealedBox.AsSpan(0, 12));
        using var aes = new AesGcm(key!, 16);
        aes.Encrypt(sealedBox.AsSpan(0, 12), data, sealedBox.AsSpan(12, data.Length), sealedBox.AsSpan(12 + data.Length));
        return Prefix + Convert.ToBase64String(sealedBox);
    }

    /// <summary>An output that no configured key can read is left out: a step using it fails, naming the placeholder.</summary>
    private JsonNode? Decrypt(string name, string text)
    {
        var reason = "no Workflows:OutputsKey is set";
        foreach (var candidate in readable)
        {
            try
            {
                var sealedBox = Convert.FromBase64String(text);
                var data = new byte[sealedBox.Length - 28];
                using var aes = new AesGcm(candidate, 16);
                aes.Decrypt(sealedBox.AsSpan(0, 12), sealedBox.AsSpan(12, data.Length), sealedBox.AsSpan(12 + data.Length), data);
                return JsonNode.Parse(data);
            }
            catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException or OverflowException)
            {
                reason = e.Message;
            }
        }
        LogUnreadable(logger, name, reason);
        return null;
    }

    // Any secret text will do: the key is its SHA-256, so operators can use a generated password.
    private static byte[] Derive(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflows:OutputsKey is not set: secret step outputs are stored unencrypted (still masked in answers and logs)")]
    private static partial void LogNoKey(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The encrypted output {Name} cannot be read with this Workflows:OutputsKey: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string name, string reason);
}
