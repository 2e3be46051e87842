using Innominatus.ServiceDefaults;
using Innominatus.WorkflowService.Apis;
using Innominatus.WorkflowService.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapDiagnosticsApi();
app.MapApplicationsApi();
app.MapSpecsApi();
app.MapResourcesApi();
app.MapWorkflowsApi();
app.MapEventsApi();

app.Run();

public partial class Program;
