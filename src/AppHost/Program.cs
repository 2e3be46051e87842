using Innominatus.AppHost.Infrastructure;
using Innominatus.AppHost.Security;

var builder = DistributedApplication.CreateBuilder(args);

// PostgreSQL (one database, a schema per service) and RabbitMQ: containers when a runtime is there, local executables otherwise.
var infrastructure = builder.AddInfrastructure();
var security = builder.AddSecurityParameters();

var identity = builder.AddProject<Projects.IdentityService>("identity-service")
    .WithDatabase(infrastructure)
    .WithMessaging(infrastructure)
    .WithCallerVerification(security)
    .WithEnvironment("Identity__BootstrapAdmin__Password", security.BootstrapAdminPassword)
    .WithEnvironment("Identity__Clients__gateway__Secret", security.GatewayClientSecret)
    .WithOidcFromEnvironment()
    .WithHttpHealthCheck("/health");

var workflow = builder.AddProject<Projects.WorkflowService>("workflow-service")
    .WithDatabase(infrastructure)
    .WithMessaging(infrastructure)
    .WithCallerVerification(security)
    .WithKubernetesTarget(builder.Configuration)
    .WithHttpHealthCheck("/health");

var demo = builder.AddProject<Projects.DemoService>("demo-service")
    .WithDatabase(infrastructure)
    .WithMessaging(infrastructure)
    .WithCallerVerification(security)
    .WithHttpHealthCheck("/health");

// The gateway is the only public endpoint (port 8081, as in the deployment guide). It authenticates every caller
// (credential checks and token keys come from the IdentityService) and signs the caller it forwards.
builder.AddProject<Projects.ApiGateway>("gateway")
    .WithReference(identity).WaitFor(identity)
    .WithReference(workflow).WaitFor(workflow)
    .WithReference(demo).WaitFor(demo)
    .WithEnvironment("InternalAuth__SigningKey", security.InternalSigningKey)
    .WithEnvironment("Gateway__IdentityClient__ClientId", "gateway")
    .WithEnvironment("Gateway__IdentityClient__ClientSecret", security.GatewayClientSecret)
    .WithEnvironment("Identity__Issuer", security.Issuer)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health");

builder.Build().Run();
