using System.Globalization;

namespace Innominatus.Bench.Scenarios;

public sealed record BenchOptions(TimeSpan Duration, int[] Concurrency, int Runs = 1000)
{
    public static BenchOptions Parse(string[] args)
    {
        var seconds = 10;
        var runs = 1000;
        int[] concurrency = [1, 16];
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--seconds": seconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--concurrency": concurrency = args[i + 1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray(); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        return new BenchOptions(TimeSpan.FromSeconds(seconds), concurrency, runs);
    }
}
