using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Innominatus.WorkflowService.Data;

/// <summary>Change tracking of immutable JSON documents by reference.</summary>
public static class JsonDocumentReferences
{
    public static ValueComparer<JsonDocument?> Comparer { get; } = new(
        (a, b) => ReferenceEquals(a, b),
        document => document == null ? 0 : RuntimeHelpers.GetHashCode(document),
        document => document);
}
