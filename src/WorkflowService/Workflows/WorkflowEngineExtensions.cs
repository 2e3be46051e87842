using Innominatus.WorkflowService.Events;
using Innominatus.WorkflowService.Workflows.Egress;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Processes;
using Innominatus.WorkflowService.Workflows.Steps;
using MassTransit;

namespace Innominatus.WorkflowService.Workflows;

public static class WorkflowEngineExtensions
{
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services)
    {
        services.AddSingleton<RunningSteps>();
        services.AddSingleton<RunDefinitions>();
        services.AddSingleton<OutputProtection>();
        services.AddSingleton<LiveEvents>();
        services.AddSingleton<EventStreamWriter>();
        services.AddSingleton<WorkflowMetrics>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<StepDispatch>();
        services.AddScoped<ExecutionFinisher>();
        services.AddScoped<ScopeBuilder>();
        services.AddScoped<StepAttempts>();
        services.AddSingleton(sp => new GroupCommit<ClaimRequest, ClaimedStep?>(
            sp.GetRequiredService<IServiceScopeFactory>(), (scope, batch) => scope.GetRequiredService<StepAttempts>().ClaimAsync(batch), maxBatch: 64, loops: 2,
            sp.GetRequiredService<ILogger<StepAttempts>>()));
        services.AddSingleton(sp => new GroupCommit<StepCompletion, bool>(
            sp.GetRequiredService<IServiceScopeFactory>(), (scope, batch) => scope.GetRequiredService<StepAttempts>().CompleteAsync(batch), maxBatch: 64, loops: 2,
            sp.GetRequiredService<ILogger<StepAttempts>>()));
        services.AddScoped<StepRunner>();
        services.AddScoped<WorkflowOperations>();
        services.AddScoped<Approvals.StepDecisionAudit>();
        services.AddHostedService<RetryPoller>();
        services.AddSingleton<WorkerIdentity>();
        services.AddSingleton(sp => LeaseOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddHostedService<LeaseHeartbeat>();
        services.AddHostedService<LeaseReaper>();
        // Registered after the heartbeat, so it stops first (hosts stop in reverse): leases are renewed until its
        // steps have handed their claims back.
        services.AddSingleton(sp => FairnessOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<TeamSlots>();
        services.AddSingleton<StepWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<StepWorker>());
        services.AddScoped<Planning.WorkflowPlanner>();
        services.AddScoped<Planning.WorkflowPlanService>();

        services.AddSingleton<KubernetesConnection>();
        services.AddSingleton<KubernetesDiscovery>();
        services.AddSingleton<KubernetesApplier>();
        services.AddSingleton<SecretEnsurer>();
        services.AddSingleton<SecretReader>();
        services.AddSingleton<Tenancy.ReservedNamespaces>();
        services.AddSingleton<Tenancy.NamespaceOwnership>();
        services.AddSingleton<Tenancy.TenantArgoCd>();
        services.AddSingleton<KubernetesReadiness>();
        services.AddSingleton<PlatformReadiness.PlatformReadinessReader>();
        services.AddSingleton(sp => EgressRules.From(sp.GetRequiredService<IConfiguration>()));
        services.AddTransient<EgressRedirectHandler>();
        // No proxy: a proxy would make the connection the egress check sees, not the step's target.
        // Removing ServiceDefaults' resilience handler is the only way to replace it for one client.
#pragma warning disable EXTEXP0001
        foreach (var (name, platform) in new[] { (StepHttp.ClientName, false), (StepHttp.PlatformClientName, true) })
        {
            services.AddHttpClient(name)
                .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    ConnectCallback = new EgressConnector(sp.GetRequiredService<EgressRules>(), platform).ConnectAsync,
                })
                .AddHttpMessageHandler<EgressRedirectHandler>()
                .RemoveAllResilienceHandlers()
                .AddStandardResilienceHandler(EgressRefusedException.NotTransient);
        }
#pragma warning restore EXTEXP0001

        services.AddSingleton<IStepExecutor, NoopStepExecutor>();
        services.AddSingleton<IStepExecutor, ApprovalStepExecutor>();
        services.AddSingleton(sp => new ProcessSandbox(ProcessStepOptions.From(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton(sp => Jobs.JobStepOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<Jobs.JobPlacement>();
        services.AddSingleton<Jobs.JobStepRunner>();
        services.AddHostedService<Jobs.JobStepOptionsCheck>();
        services.AddSingleton<IStepExecutor>(sp => new ScriptStepExecutor("script", sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<ProcessSandbox>(), sp.GetRequiredService<Jobs.JobStepRunner>()));
        services.AddSingleton<IStepExecutor>(sp => new ScriptStepExecutor("policy", sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<ProcessSandbox>(), sp.GetRequiredService<Jobs.JobStepRunner>()));
        services.AddSingleton<IStepExecutor>(sp => new ToolStepExecutor("terraform", sp.GetRequiredService<ProcessSandbox>(), sp.GetRequiredService<Jobs.JobStepRunner>()));
        services.AddSingleton<IStepExecutor>(sp => new ToolStepExecutor("ansible", sp.GetRequiredService<ProcessSandbox>(), sp.GetRequiredService<Jobs.JobStepRunner>()));
        services.AddSingleton<Helm.HelmRunner>();
        services.AddSingleton<Helm.HelmSecretValues>();
        services.AddSingleton<Helm.HelmTemplate>();
        services.AddSingleton<IStepExecutor, HelmStepExecutor>();
        services.AddSingleton<StepCredentialResolver>();
        services.AddSingleton<IStepExecutor, HttpStepExecutor>();
        services.AddSingleton<IStepExecutor, GiteaRepoStepExecutor>();
        services.AddSingleton<IStepExecutor, KubernetesStepExecutor>();
        services.AddSingleton<IStepExecutor, ScoreWorkloadStepExecutor>();
        services.AddSingleton<IStepExecutor, ArgoCdAppStepExecutor>();
        services.AddSingleton<IStepExecutor, ResourcesReadyStepExecutor>();
        return services;
    }

    /// <summary>
    /// Step work is shared by the replicas (one queue); live events reach every replica (a temporary queue each).
    /// <paramref name="maxConcurrentSteps"/> steps run at once per replica (<see cref="StepWorker"/> holds the slots; a
    /// message is acknowledged once its step is claimed, or once it waits in its team's line for a slot, see
    /// <see cref="TeamSlots"/>): most steps wait on something (an API server, a script), and more steps at once also
    /// make the shared claim and outcome transactions larger.
    /// </summary>
    public static void AddWorkflowConsumers(this IBusRegistrationConfigurator bus, int maxConcurrentSteps)
    {
        bus.AddConsumer<ResourceWorkflowStarter>().Endpoint(e => e.ConcurrentMessageLimit = 16);
        bus.AddConsumer<ExecuteStepConsumer>().Endpoint(e =>
        {
            e.ConcurrentMessageLimit = maxConcurrentSteps;
            e.PrefetchCount = maxConcurrentSteps * 2;
        });
        bus.AddConsumer<LiveEventsRelay>().Endpoint(e =>
        {
            e.Temporary = true;
            e.InstanceId = Guid.NewGuid().ToString("N")[..8];
        });
    }
}
