namespace Innominatus.Bench.Scenarios;

public static class NearestRank
{
    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Of(IReadOnlyList<double> sorted, double quantile) => sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}
