namespace Innominatus.Bench.Scenarios;

/// <summary>A run that did not get to the end: the message names the failed step and its error, on one line.</summary>
public sealed class BenchFailure(string message) : Exception(message.ReplaceLineEndings(" "));
