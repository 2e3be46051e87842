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
}
