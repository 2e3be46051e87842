using Innominatus.DemoService.Extensions;
using Innominatus.ServiceDefaults;
using Innominatus.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddApiDocument("Innominatus demo API", "The demo environment's routes.");

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapApiDocument();

app.Run();

public partial class Program;
