using Innominatus.ServiceDefaults.Health;
using Innominatus.ServiceDefaults.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Innominatus.ServiceDefaults.Data;

public static class ServiceDatabaseExtensions
{
    /// <summary>Connection string name of the one database every service shares, each in its own schema.</summary>
    public const string ConnectionName = "idp-orchestrator";

    /// <summary>
    /// Registers <typeparamref name="TContext"/> on the shared database, keeps its migration history inside
    /// <paramref name="schema"/>, applies migrations at start-up and makes readiness depend on the database.
    /// </summary>
    public static TBuilder AddServiceDatabase<TContext, TBuilder>(this TBuilder builder, string schema)
        where TContext : DbContext
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionName} is not set. Run the system with 'dotnet run --project src/AppHost', " +
                $"or set ConnectionStrings__{ConnectionName} to a PostgreSQL connection string.");

        builder.Services.AddSingleton(new DatabaseSchema<TContext>(schema));
        builder.Services.AddSingleton<QueryCountingInterceptor<TContext>>();
        // Pooled: a request or a step takes a context that has its internal services already, instead of building them.
        builder.Services.AddDbContextPool<TContext>((services, options) =>
        {
            ConfigureNpgsql(options, ConnectionDefaults.Apply(connectionString), schema);
            options.AddInterceptors(services.GetRequiredService<QueryCountingInterceptor<TContext>>());
        });
        builder.EnrichNpgsqlDbContext<TContext>(settings => settings.DisableHealthChecks = true);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(
            "database", tags: [HealthExtensions.ReadyTag], timeout: TimeSpan.FromSeconds(5));
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }

    /// <summary>Shared with the design-time factories so that <c>dotnet ef</c> sees the same history table.</summary>
    public static DbContextOptionsBuilder ConfigureNpgsql(DbContextOptionsBuilder options, string connectionString, string schema) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema));
}
