namespace Innominatus.AppHost.Infrastructure;

public static class InfrastructureExtensions
{
    public const string DatabaseName = "idp_orchestrator";
    public const string DatabaseConnectionName = "idp-orchestrator";
    public const string MessagingConnectionName = "messaging";

    public static Infrastructure AddInfrastructure(this IDistributedApplicationBuilder builder)
    {
        string? runtime = null;
        var requested = builder.Configuration[InfrastructureModeResolver.ConfigurationKey]
            ?? Environment.GetEnvironmentVariable(InfrastructureModeResolver.EnvironmentVariable);
        var mode = InfrastructureModeResolver.Resolve(requested, builder.ExecutionContext.IsPublishMode, () => runtime = ContainerRuntimeProbe.Detect());
        if (runtime == "podman")
        {
            builder.Configuration["ASPIRE_CONTAINER_RUNTIME"] = "podman";
        }
        return mode == InfrastructureMode.Containers ? builder.AddContainerInfrastructure() : builder.AddLocalInfrastructure();
    }

    public static IResourceBuilder<ProjectResource> WithDatabase(this IResourceBuilder<ProjectResource> project, Infrastructure infrastructure) =>
        project.WithReference(infrastructure.Database).WaitFor(infrastructure.DatabaseServer);

    public static IResourceBuilder<ProjectResource> WithMessaging(this IResourceBuilder<ProjectResource> project, Infrastructure infrastructure) =>
        project.WithReference(infrastructure.Messaging).WaitFor(infrastructure.MessagingServer);

    private static Infrastructure AddContainerInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres");
        var rabbit = builder.AddRabbitMQ(MessagingConnectionName).WithManagementPlugin();
        if (builder.ExecutionContext.IsRunMode)
        {
            postgres.WithDataVolume().WithLifetime(ContainerLifetime.Persistent);
            rabbit.WithDataVolume().WithLifetime(ContainerLifetime.Persistent);
        }
        var database = postgres.AddDatabase(DatabaseConnectionName, DatabaseName);
        return new Infrastructure(database, postgres, rabbit, rabbit);
    }

    private static Infrastructure AddLocalInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var settings = LocalInfrastructureSettings.From(builder.Configuration);
        var postgres = builder.AddLocalPostgres(settings);
        var rabbit = builder.AddLocalRabbitMq(settings);

        var database = builder.AddConnectionString(DatabaseConnectionName, ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={postgres.GetEndpoint("tcp").Property(EndpointProperty.Port)};Username=postgres;Database={DatabaseName}"));
        var messaging = builder.AddConnectionString(MessagingConnectionName, ReferenceExpression.Create(
            $"amqp://guest:guest@127.0.0.1:{rabbit.GetEndpoint("amqp").Property(EndpointProperty.Port)}/"));
        return new Infrastructure(database, postgres, messaging, rabbit);
    }
}
