using Innominatus.Bench.Scenarios;

// dotnet run -c Release --project bench/Innominatus.Bench -- gateway [--seconds 10] [--concurrency 1,16]
// dotnet run -c Release --project bench/Innominatus.Bench -- workflows [--runs 1000]
var scenario = args.FirstOrDefault() ?? "";
var options = BenchOptions.Parse(args.Skip(1).ToArray());
switch (scenario)
{
    case "gateway":
        await GatewayScenario.RunAsync(options);
        return 0;
    case "workflows":
        await WorkflowScenario.RunAsync(options);
        return 0;
    default:
        Console.Error.WriteLine("usage: Innominatus.Bench gateway|workflows [--seconds N] [--concurrency 1,16] [--runs 1000]");
        return 2;
}
