using Microsoft.EntityFrameworkCore;

namespace Innominatus.ServiceDefaults.Data;

/// <summary>The schema a service owns; the type parameter keeps registrations of several contexts apart.</summary>
public sealed record DatabaseSchema<TContext>(string Name) where TContext : DbContext;
