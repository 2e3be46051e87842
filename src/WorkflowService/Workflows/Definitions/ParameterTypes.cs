namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>The types a workflow parameter can have.</summary>
public static class ParameterTypes
{
    public const string String = "string";
    public const string Integer = "integer";
    public const string Number = "number";
    public const string Boolean = "boolean";
    public const string Array = "array";
    public const string Object = "object";

    public static IReadOnlyList<string> All { get; } = [String, Integer, Number, Boolean, Array, Object];
}
