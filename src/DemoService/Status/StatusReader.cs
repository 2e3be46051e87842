using System.Text.Json;
using Innominatus.DemoService.Catalogue;
using Innominatus.DemoService.Installation;

namespace Innominatus.DemoService.Status;

/// <summary>
/// Each component's state from the step outcomes of the newest demo-time and demo-nuke runs: whichever run is newer
/// decides. The health checks are run apart (<see cref="ComponentHealthChecks"/>) and added by <see cref="WithHealth"/>.
/// </summary>
public static class StatusReader
{
    public static DemoStatus Read(ComponentCatalogue catalogue, RunDetail? install, RunDetail? nuke)
    {
        var nukeIsNewer = nuke is not null && (install is null || nuke.CreatedAt > install.CreatedAt);
        var components = catalogue.All.Select(c =>
        {
            var (state, revision) = nukeIsNewer ? Removal(nuke!, c) : Installation(install, c);
            var step = nukeIsNewer ? Step(nuke, StepNames.Uninstall(c.Name)) : Step(install, StepNames.Install(c.Name));
            return new ComponentStatus(
                c.Name, c.Description, c.Namespace, c.Name, state, revision, c.Host is null ? null : c.Url, Describe(c.Health), c.DependsOn,
                c.Credentials is { } credentials ? new CredentialsLocation(c.Namespace, credentials.Secret, credentials.Keys) : null)
            {
                // The failed step's own words: a missing cluster permission is named there.
                Error = state == "failed" ? step?.Error : null,
            };
        }).ToList();
        return new DemoStatus(Reference(install), Reference(nuke), components);
    }

    public static DemoStatus WithHealth(DemoStatus status, IReadOnlyDictionary<string, HealthResult> health) =>
        status with { Components = [.. status.Components.Select(c => health.TryGetValue(c.Name, out var found) ? c with { Health = found } : c)] };

    private static RunStep? Step(RunDetail? run, string name) => run?.Steps.FirstOrDefault(s => s.Name == name);

    private static (string State, string? Revision) Installation(RunDetail? run, DemoComponent c)
    {
        if (run?.Steps.FirstOrDefault(s => s.Name == StepNames.Install(c.Name)) is not { } step)
        {
            return ("not-installed", null);
        }
        return step.State switch
        {
            "succeeded" => ("installed", Output(step, "revision")),
            "failed" or "cancelled" => ("failed", null),
            "running" => ("running", null),
            _ => ("pending", null),
        };
    }

    private static (string State, string? Revision) Removal(RunDetail run, DemoComponent c) =>
        run.Steps.FirstOrDefault(s => s.Name == StepNames.Uninstall(c.Name))?.State switch
        {
            "succeeded" => ("removed", null),
            "failed" or "cancelled" => ("failed", null),
            _ => ("removing", null),
        };

    private static string? Output(RunStep step, string name) =>
        step.Outputs is { ValueKind: JsonValueKind.Object } outputs && outputs.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    private static string Describe(ComponentHealth health) =>
        health.Path is { } path ? $"GET {path}" : health.Deployment is { } deployment ? $"Deployment {deployment} ready" : $"StatefulSet {health.StatefulSet} ready";

    private static RunReference? Reference(RunDetail? run) => run is null ? null : new RunReference(run.Id, run.State, run.CreatedAt);
}
