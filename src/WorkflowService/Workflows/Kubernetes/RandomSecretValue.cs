using System.Security.Cryptography;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// Letters and digits from the system's cryptographic generator, always with an upper- and a lowercase letter and a
/// digit: servers with password rules (SQL Server) take it, and it needs no quoting in a URL or a shell.
/// </summary>
public static class RandomSecretValue
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";

    public static string Create(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 3);
        var chars = RandomNumberGenerator.GetItems<char>(Upper + Lower + Digits, length);
        // Three distinct positions get one character of each class, so each class is present whatever was drawn.
        var positions = Enumerable.Range(0, length).ToArray();
        RandomNumberGenerator.Shuffle(positions.AsSpan());
        chars[positions[0]] = RandomNumberGenerator.GetItems<char>(Upper, 1)[0];
        chars[positions[1]] = RandomNumberGenerator.GetItems<char>(Lower, 1)[0];
        chars[positions[2]] = RandomNumberGenerator.GetItems<char>(Digits, 1)[0];
        return new string(chars);
    }
}
