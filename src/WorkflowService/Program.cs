using Innominatus.ServiceDefaults;
using Innominatus.WorkflowService.Apis;
using Innominatus.WorkflowService.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapApis();

app.Run();

public partial class Program;
