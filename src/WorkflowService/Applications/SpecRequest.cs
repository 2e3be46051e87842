using System.Text;
using Innominatus.WorkflowService.Score;

namespace Innominatus.WorkflowService.Applications;

/// <summary>Reads a Score spec from a request body (YAML or JSON) without ever holding more than the limit in memory.</summary>
public static class SpecRequest
{
    public static async Task<(string? Text, IResult? Problem)> ReadAsync(HttpRequest request, ScoreLimits limits, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limits.MaxBytes)
        {
            return (null, TooLarge(request.ContentLength.Value, limits));
        }
        var buffer = new byte[limits.MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }
        if (length > limits.MaxBytes)
        {
            return (null, TooLarge(null, limits));
        }
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, TypedResults.Problem(title: "Invalid Score spec", detail: "The body is not UTF-8 text.", statusCode: StatusCodes.Status400BadRequest));
        }
    }

    /// <summary>A 400 naming the first error; a 413 when the spec is over a size limit once its YAML aliases are expanded.</summary>
    public static IResult Invalid(IReadOnlyList<ScoreError> errors) => errors.FirstOrDefault(e => e.TooLarge) is { } tooLarge
        ? TypedResults.Problem(
            title: "Score spec too large",
            detail: $"{tooLarge.Path}: {tooLarge.Message}",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            extensions: new Dictionary<string, object?> { ["errors"] = errors })
        : TypedResults.Problem(
            title: "Invalid Score spec",
            detail: $"The spec has {errors.Count} error(s); the first: {errors[0].Path}: {errors[0].Message}",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    private static IResult TooLarge(long? length, ScoreLimits limits) => TypedResults.Problem(
        title: "Score spec too large",
        detail: $"{(length is null ? "The body" : $"The body ({length} bytes)")} is larger than the {limits.MaxBytes} bytes a spec may have.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
