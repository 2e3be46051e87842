using Innominatus.AppHost.Infrastructure;
using Innominatus.AppHost.LocalCluster;
using Innominatus.AppHost.Security;

namespace Innominatus.AppHost;

/// <summary>The architecture diagram: the infrastructure, the services, the web UI and the gateway in front of them.</summary>
public static class ApplicationServices
{
    public static IResourceBuilder<ProjectResource> AddApplicationServices(this IDistributedApplicationBuilder builder, LocalClusterOption localCluster)
    {
        // PostgreSQL (one database, a schema per service) and RabbitMQ: containers when a runtime is there, local executables otherwise.
        var infrastructure = builder.AddInfrastructure();
        var security = builder.AddSecurityParameters();
        // --local-cluster: the single-node cluster (eng/k8s-cluster-run.sh, needs root) that Kubernetes steps deploy into.
        var cluster = builder.AddLocalCluster(localCluster);
        var identity = builder.AddProject<Projects.IdentityService>("identity-service")
            .WithDatabase(infrastructure)
            .WithMessaging(infrastructure)
            .WithCallerVerification(security)
            .WithIdentitySecrets(security)
            .WithOidcFromEnvironment()
            .WithHttpHealthCheck("/health");

        var workflow = builder.AddProject<Projects.WorkflowService>("workflow-service")
            .WithDatabase(infrastructure)
            .WithMessaging(infrastructure)
            .WithCallerVerification(security)
            .WithOutputsKey(security)
            .WithKubernetesTarget(builder.Configuration)
            .WithLocalCluster(cluster)
            .WithHttpHealthCheck("/health");

        var demo = builder.AddProject<Projects.DemoService>("demo-service")
            .WithDatabase(infrastructure)
            .WithMessaging(infrastructure)
            .WithCallerVerification(security)
            // demo-time starts its runs on the WorkflowService (service discovery: http://workflow-service).
            .WithReference(workflow)
            .WithHttpHealthCheck("/health");

        // The web UI, served by the gateway at /; it calls the public API back through the gateway, as its users.
        // Its data-protection key ring (the sign-in cookie's keys) lives in its web schema, shared by every replica.
        var web = builder.AddProject<Projects.Web>("web")
            .WithDatabase(infrastructure)
            .WithSettingsSection(builder.Configuration, "Web")
            .WithHttpHealthCheck("/health");

        // The only public endpoint (port 8081, as in the deployment guide): authenticates every caller, signs what it forwards.
        var gateway = builder.AddProject<Projects.ApiGateway>("gateway")
            .WithReference(identity).WaitFor(identity)
            .WithReference(workflow).WaitFor(workflow)
            .WithReference(demo).WaitFor(demo)
            .WithReference(web).WaitFor(web)
            .WithCallerSigning(security)
            .WithExternalHttpEndpoints()
            .WithHttpHealthCheck("/health");
        web.WithReference(gateway);
        builder.AddWebSingleSignOn(identity, web, gateway, security);
        return gateway;
    }
}
