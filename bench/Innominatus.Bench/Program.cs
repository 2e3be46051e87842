using Innominatus.Bench.Scenarios;
using Innominatus.Bench.Scenarios.Cluster;
using Innominatus.Bench.Scenarios.Gateway;

// dotnet run -c Release --project bench/Innominatus.Bench -- gateway [--seconds 10] [--concurrency 1,16]
// dotnet run -c Release --project bench/Innominatus.Bench -- startup   (from the repository root; needs port 8081)
// dotnet run -c Release --project bench/Innominatus.Bench -- workflows [--runs 1000]
// dotnet run -c Release --project bench/Innominatus.Bench -- kubernetes [--runs 10]
// CLUSTER_KUBECONFIG=STATE/kubeconfig dotnet run -c Release --project bench/Innominatus.Bench -- cluster [--runs 3]
//   (the real cluster of eng/k8s-cluster-up.sh with eng/k8s-cluster-load-images.sh's images; CLUSTER_IMAGE_TAG, default local)
var scenario = args.FirstOrDefault() ?? "";
var options = BenchOptions.Parse(args.Skip(1).ToArray());
try
{
    switch (scenario)
    {
        case "gateway":
            await GatewayScenario.RunAsync(options);
            return 0;
        case "startup":
            await StartupScenario.RunAsync();
            return 0;
        case "workflows":
            await WorkflowScenario.RunAsync(options);
            return 0;
        case "kubernetes":
            await KubernetesScenario.RunAsync(args.Contains("--runs") ? options : options with { Runs = 10 });
            return 0;
        case "cluster":
            await ClusterScenario.RunAsync(args.Contains("--runs") ? options : options with { Runs = 3 });
            return 0;
        default:
            Console.Error.WriteLine("usage: Innominatus.Bench gateway|startup|workflows|kubernetes|cluster [--seconds N] [--concurrency 1,16] [--runs 1000 (kubernetes: 10, cluster: 3)]");
            return 2;
    }
}
catch (BenchFailure failure)
{
    Console.Error.WriteLine($"{scenario} bench failed: {failure.Message}");
    return 1;
}
