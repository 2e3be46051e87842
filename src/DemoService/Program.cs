using Innominatus.DemoService.Apis;
using Innominatus.DemoService.Catalogue;
using Innominatus.DemoService.Extensions;
using Innominatus.ServiceDefaults;

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

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapDemoApi();

app.Run();
return 0;

public partial class Program;
