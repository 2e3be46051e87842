using Microsoft.Extensions.Http.Resilience;

namespace Innominatus.WorkflowService.Workflows.Egress;

/// <summary>A step's request went, or was redirected, somewhere <see cref="EgressRules"/> refuse; the message names the rule.</summary>
public sealed class EgressRefusedException(string message) : IOException(message)
{
    /// <summary>The refusal inside what HttpClient threw, if that is why the request failed.</summary>
    public static EgressRefusedException? Find(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is EgressRefusedException refused)
            {
                return refused;
            }
        }
        return null;
    }

    /// <summary>A refusal stays a refusal: retrying it only delays the step, and it must not open the circuit for other steps.</summary>
    public static void NotTransient(HttpStandardResilienceOptions options)
    {
        var retry = options.Retry.ShouldHandle;
        options.Retry.ShouldHandle = args => Find(args.Outcome.Exception) is null ? retry(args) : ValueTask.FromResult(false);
        var breaker = options.CircuitBreaker.ShouldHandle;
        options.CircuitBreaker.ShouldHandle = args => Find(args.Outcome.Exception) is null ? breaker(args) : ValueTask.FromResult(false);
    }
}
