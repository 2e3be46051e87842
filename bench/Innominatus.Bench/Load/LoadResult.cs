namespace Innominatus.Bench.Load;

public sealed record LoadResult(string Target, int Concurrency, long Requests, long Errors, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public override string ToString() =>
        $"{Target,-34} c={Concurrency,-3} {RequestsPerSecond,9:0} req/s   p50 {P50Ms,7:0.000} ms   p99 {P99Ms,7:0.000} ms   errors {Errors}";
}
