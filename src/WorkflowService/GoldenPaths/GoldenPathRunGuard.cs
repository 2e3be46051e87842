using System.Text.Json.Nodes;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Workflows.Definitions;
using Microsoft.Extensions.Options;

namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>
/// The rules a golden path run (and its plan) must pass after its parameters are valid: platform settings come from
/// configuration, never from the caller; parameters declared <c>owner:</c> name things of the caller's team;
/// parameters declared <c>format: image</c> name an allowed image; <c>audience: admins</c> golden paths are for admins.
/// Admins are exempt from all but the first.
/// </summary>
public sealed class GoldenPathRunGuard(ITeamOwnership ownership, IOptions<GoldenPathsOptions> options)
{
    public const string SettingRule = "Golden path settings come from the platform";
    public const string OwnerRule = "Golden path parameters must name your own team's things";
    public const string ImageRule = "Golden path images must be allowed by the platform";
    public const string AdminRule = "This golden path is for admins only";

    /// <summary>Refuses a caller's value for a setting parameter; otherwise fills every configured setting into <paramref name="values"/>.</summary>
    public GoldenPathRefusal? ApplySettings(GoldenPath path, JsonObject? provided, JsonObject values)
    {
        foreach (var (name, parameter) in path.Parameters.Where(p => p.Value.Setting is not null))
        {
            if (provided?[name] is not null)
            {
                return new(StatusCodes.Status422UnprocessableEntity, SettingRule,
                    $"Parameter '{name}' of golden path '{path.Name}' is the platform setting GoldenPaths:Settings:{parameter.Setting}; a run cannot set it.");
            }
            if (options.Value.Settings.TryGetValue(parameter.Setting!, out var configured))
            {
                values[name] = configured;
            }
        }
        return null;
    }

    public async Task<GoldenPathRefusal?> CheckCallerAsync(GoldenPath path, JsonObject values, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        if (caller.IsAdmin)
        {
            return null;
        }
        if (path.AdminsOnly)
        {
            return new(StatusCodes.Status403Forbidden, AdminRule, $"Golden path '{path.Name}' declares 'audience: admins': ask a platform admin to run it.");
        }
        foreach (var (name, parameter) in path.Parameters)
        {
            if (values[name] is not JsonValue value || value.ToString() is not { } text)
            {
                continue;
            }
            if (parameter.Owner is { } owner && !await OwnedAsync(owner, text, caller.Team, cancellationToken))
            {
                return new(StatusCodes.Status403Forbidden, OwnerRule,
                    $"Parameter '{name}' names {owner} '{text}', which is not {Article(owner)} of your team '{caller.Team ?? "(none)"}': a parameter declared 'owner: {owner}' must name one of your team's.");
            }
            if (parameter.Format == ParameterFormats.Image && text.Length > 0 && !ImagePolicy.Allows(options.Value.AllowedImages, text))
            {
                return new(StatusCodes.Status403Forbidden, ImageRule,
                    $"Parameter '{name}' names image '{text}', which is not under GoldenPaths:AllowedImages ({(options.Value.AllowedImages.Count == 0 ? "none are allowed" : string.Join(", ", options.Value.AllowedImages))}); only an admin may choose another.");
            }
        }
        return null;
    }

    private async Task<bool> OwnedAsync(string owner, string value, string? team, CancellationToken cancellationToken)
    {
        if (team is null)
        {
            return false;
        }
        var actual = owner switch
        {
            ParameterOwners.Team => value,
            ParameterOwners.Application => await ownership.ApplicationOwnerAsync(value, cancellationToken),
            _ => await ownership.NamespaceOwnerAsync(value, cancellationToken),
        };
        return actual == team;
    }

    private static string Article(string owner) => owner == ParameterOwners.Application ? "an application" : $"a {owner}";
}
