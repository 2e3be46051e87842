using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Innominatus.WorkflowService.Data;

/// <summary>
/// Change tracking by reference, for column values never changed in place: a changed value is a new object, so
/// comparing references is exact. EF Core's default for a list compares and copies every element each time it snapshots
/// or detects changes (and its compiled comparer creates a delegate on every call); a reference costs nothing.
/// </summary>
public static class ReferenceComparer<T>
    where T : class
{
    public static ValueComparer<T?> Instance { get; } = new(
        (a, b) => ReferenceEquals(a, b),
        value => value == null ? 0 : RuntimeHelpers.GetHashCode(value),
        value => value);
}
