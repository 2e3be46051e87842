using Innominatus.ServiceDefaults;
using Innominatus.ServiceDefaults.OpenApi;
using Innominatus.WorkflowService.Apis;
using Innominatus.WorkflowService.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddApiDocument("Innominatus workflow API", "Applications from Score specs, their resources, workflows and their runs, providers, golden paths, the dependency graph and live events. Every route is team-scoped; /api/admin/** is for admins.");

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapApis();
app.MapApiDocument();

app.Run();

public partial class Program;
