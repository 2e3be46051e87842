using Innominatus.ApiGateway.ApiReference;
using Innominatus.ApiGateway.Extensions;
using Innominatus.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseGatewayLimits();
app.MapDefaultEndpoints();
app.MapReverseProxy();
app.MapApiReference();

app.Run();

public partial class Program;
