using System.Globalization;

namespace Innominatus.Bench.Scenarios.Gateway;

/// <summary>
/// Resident memory (VmRSS) of each service process started under a given process (the bench, or the AppHost it ran),
/// found in /proc by walking parents, so that other runs of the same services on the machine are not counted. Beside
/// it, from smaps_rollup: the clean pages it shares (the runtime's and libraries' files, mapped by every .NET process
/// on the machine) and its proportional share (PSS: shared pages divided among the processes mapping them).
/// </summary>
public static class ServiceFootprint
{
    public const double TargetMegabytes = 150;

    public static readonly string[] Services =
        ["Innominatus.ApiGateway", "Innominatus.WorkflowService", "Innominatus.IdentityService", "Innominatus.DemoService", "Innominatus.Web"];

    public static void Print(int root, string when)
    {
        var processes = Descendants(root);
        Console.WriteLine($"resident memory {when} (target <= {TargetMegabytes:0} MB each):");
        foreach (var service in Services)
        {
            var pid = processes.FirstOrDefault(p => IsService(p, service));
            var megabytes = pid == 0 ? double.NaN : RssMegabytes(pid);
            Console.WriteLine(double.IsNaN(megabytes)
                ? $"  {service,-28} not found"
                : $"  {service,-28} {megabytes,6:0} MB ({(megabytes <= TargetMegabytes ? "met" : "missed")}); shared clean {Rollup(pid, "Shared_Clean"),4:0} MB, PSS {Rollup(pid, "Pss"),4:0} MB");
        }
    }

    /// <summary>The service itself, not a <c>dotnet run</c> that started it: its first argument is the service's apphost or dll.</summary>
    private static bool IsService(int pid, string service)
    {
        var args = CommandLine(pid);
        var program = args.FirstOrDefault(a => !a.EndsWith("/dotnet", StringComparison.Ordinal) && a != "dotnet" && a != "exec") ?? "";
        return !args.Contains("run") && (program.EndsWith("/" + service, StringComparison.Ordinal) || program.EndsWith("/" + service + ".dll", StringComparison.Ordinal)
            || program == service || program == service + ".dll");
    }

    public static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Parent(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }
        // Aspire's DCP detaches from the AppHost (its parent becomes init) and names the process it serves in --monitor.
        var roots = new HashSet<int> { root };
        var monitors = parents.Keys.Select(pid => (pid, Monitored(pid))).Where(p => p.Item2 is not null).ToList();
        while (true)
        {
            var below = parents.Keys.Where(pid => IsBelow(pid, roots, parents)).ToHashSet();
            var added = monitors.Where(m => !roots.Contains(m.pid) && (roots.Contains(m.Item2!.Value) || below.Contains(m.Item2!.Value))).Select(m => m.pid).ToList();
            if (added.Count == 0)
            {
                return below.Order().ToList();
            }
            roots.UnionWith(added);
        }
    }

    private static bool IsBelow(int pid, HashSet<int> roots, Dictionary<int, int> parents)
    {
        for (var i = 0; i < 64 && parents.TryGetValue(pid, out var parent); i++)
        {
            if (roots.Contains(parent))
            {
                return true;
            }
            pid = parent;
        }
        return false;
    }

    private static int? Monitored(int pid)
    {
        var args = CommandLine(pid);
        var at = Array.IndexOf(args, "--monitor");
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var monitored) ? monitored : null;
    }

    private static int? Parent(int pid)
    {
        try
        {
            // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static string[] CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static double RssMegabytes(int pid) => Megabytes($"/proc/{pid}/status", "VmRSS");

    private static double Rollup(int pid, string field) => Megabytes($"/proc/{pid}/smaps_rollup", field);

    /// <summary>A "Field:   123 kB" line of a /proc file, in megabytes; NaN when the process or the line is gone.</summary>
    private static double Megabytes(string file, string field)
    {
        try
        {
            var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? double.NaN : long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }
}
