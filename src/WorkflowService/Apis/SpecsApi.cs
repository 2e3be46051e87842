using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Score;

namespace Innominatus.WorkflowService.Apis;

public static class SpecsApi
{
    public static RouteGroupBuilder MapSpecsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/specs").WithTags("Specs").RequireAuthorization();
        api.MapPost("/validate", Validate).WithName("ValidateSpec")
            .WithSummary("Judges a Score spec without storing it: errors with JSON paths and lines, and warnings for resource types no provider offers.");
        return api;
    }

    public static async Task<IResult> Validate(HttpRequest request, ProviderLookup providers, SpecTenancyCheck tenancy, CancellationToken cancellationToken)
    {
        var (text, problem) = await SpecRequest.ReadAsync(request, ScoreLimits.Default, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var parsed = ScoreParser.Parse(text!);
        var warnings = parsed.Spec is null ? [] : parsed.Spec.Resources.Values
            .Where(r => providers.Resolve(r.Type) is null)
            .Select(r => new SpecWarning($"$.resources.{r.Name}.type", $"No provider offers resource type '{r.Type}': deploying this spec would be refused."))
            .ToList();
        // What submitting would refuse for the tenancy rules is an error here too.
        var errors = parsed.Spec is null ? parsed.Errors : tenancy.Errors(parsed.Spec);
        return TypedResults.Ok(new SpecValidation(errors.Count == 0, parsed.Spec?.Metadata.Name, errors, warnings));
    }
}
