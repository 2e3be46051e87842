using Innominatus.DemoService.Apis;
using Innominatus.DemoService.Catalogue;
using Innominatus.DemoService.Extensions;
using Innominatus.ServiceDefaults;
using Innominatus.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
try
{
    builder.AddApplicationServices();
}
catch (CatalogueException e)
{
    // One line a person can act on, not a stack trace.
    Console.Error.WriteLine(e.Message);
    return 1;
}
builder.AddApiDocument("Innominatus demo API", "The demo environment's routes.");

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapDemoApi();

app.Run();
return 0;

public partial class Program;
