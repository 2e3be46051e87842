using Innominatus.ServiceDefaults.Security;

namespace Innominatus.WorkflowService.Identity;

/// <summary>
/// Every API call needs a verified caller (the gateway's internal token) and, unless an admin, a team: everything
/// here belongs to a team.
/// </summary>
public sealed class RequireCallerFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var caller = context.HttpContext.GetCaller();
        if (caller is null)
        {
            return TypedResults.Problem(title: "Authentication required", detail: "This API needs an authenticated caller.", statusCode: StatusCodes.Status401Unauthorized);
        }
        if (caller.Team is null && !caller.IsAdmin)
        {
            return TypedResults.Problem(title: "No team", detail: $"User '{caller.User}' belongs to no team; ask an admin to add you to one.", statusCode: StatusCodes.Status403Forbidden);
        }
        return await next(context);
    }
}
