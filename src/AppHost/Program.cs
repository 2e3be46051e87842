using Innominatus.AppHost;
using Innominatus.AppHost.LocalCluster;

var localCluster = LocalClusterOption.FromCommandLine(args);
var builder = DistributedApplication.CreateBuilder(localCluster.RemainingArgs);
builder.AddApplicationServices(localCluster);
builder.Build().Run();
