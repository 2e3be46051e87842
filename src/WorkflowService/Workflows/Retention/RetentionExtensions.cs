namespace Innominatus.WorkflowService.Workflows.Retention;

public static class RetentionExtensions
{
    public static void AddWorkflowRetention(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RetentionOptions>(builder.Configuration.GetSection(RetentionOptions.Section));
        builder.Services.AddSingleton<RunRetention>();
        builder.Services.AddHostedService<RetentionService>();
    }
}
