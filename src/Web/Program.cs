using Innominatus.ServiceDefaults;
using Innominatus.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapWebUi();

app.Run();

public partial class Program;
