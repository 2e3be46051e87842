using Innominatus.IdentityService.Extensions;
using Innominatus.ServiceDefaults;
using Innominatus.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddApiDocument("Innominatus identity API", "Login and logout, the browser sign-in pages, the caller's profile and API keys, teams, and (for admins) users and the audit log.");

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapIdentityApis();
app.MapApiDocument();

app.Run();

public partial class Program;
