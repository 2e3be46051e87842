using Innominatus.IdentityService.Extensions;
using Innominatus.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapIdentityApis();

app.Run();

public partial class Program;
