using Innominatus.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// PostgreSQL (one database, a schema per service) and RabbitMQ: containers when a runtime is there, local executables otherwise.
var infrastructure = builder.AddInfrastructure();

var identity = builder.AddProject<Projects.IdentityService>("identity-service")
    .WithDatabase(infrastructure)
    .WithMessaging(infrastructure)
    .WithHttpHealthCheck("/health");

var workflow = builder.AddProject<Projects.WorkflowService>("workflow-service")
    .WithDatabase(infrastructure)
    .WithMessaging(infrastructure)
    .WithHttpHealthCheck("/health");

var demo = builder.AddProject<Projects.DemoService>("demo-service")
    .WithDatabase(infrastructure)
    .WithMessaging(infrastructure)
    .WithHttpHealthCheck("/health");

// The gateway is the only public endpoint (port 8081, as in the deployment guide).
builder.AddProject<Projects.ApiGateway>("gateway")
    .WithReference(identity).WaitFor(identity)
    .WithReference(workflow).WaitFor(workflow)
    .WithReference(demo).WaitFor(demo)
    // Until the gateway authenticates (identity issue), local development passes the caller headers through.
    .WithEnvironment("Gateway__TrustClientIdentityHeaders", builder.ExecutionContext.IsRunMode ? "true" : "false")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health");

builder.Build().Run();
