namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>What a parameter declared with <c>owner:</c> names, each checked against the caller's team at run start.</summary>
public static class ParameterOwners
{
    /// <summary>An application of the caller's team.</summary>
    public const string Application = "application";

    /// <summary>A namespace of the caller's team: <c>team-TEAM</c>, or an application's name or <c>APP-SUFFIX</c> for one of its applications.</summary>
    public const string Namespace = "namespace";

    /// <summary>The caller's team itself.</summary>
    public const string Team = "team";

    public static readonly IReadOnlyList<string> All = [Application, Namespace, Team];
}
