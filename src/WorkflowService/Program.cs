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
app.MapProvidersApi();
app.MapProvidersAdminApi();
app.MapGoldenPathsApi();
app.MapGoldenPathsAdminApi();

app.Run();

public partial class Program;
