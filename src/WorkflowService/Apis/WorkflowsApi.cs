using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Data;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Identity;
using Innominatus.WorkflowService.Workflows.Approvals;
using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Apis;

public static class WorkflowsApi
{
    public static RouteGroupBuilder MapWorkflowsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/workflows").WithTags("Workflows").RequireAuthorization().AddEndpointFilter<RequireCallerFilter>();
        api.MapGet("/", List).WithName("ListWorkflows").WithSummary("Runs the caller may see, filtered by application, state, kind and date.");
        api.MapGet("/{id:guid}", Get).WithName("GetWorkflow").WithSummary("A run with its steps, their states, attempts and timings.");
        api.MapGet("/{id:guid}/logs", Logs).WithName("GetWorkflowLogs").WithSummary("The run's log lines, optionally of one step and only the last N.");
        api.MapPost("/{id:guid}/retry", Retry).WithName("RetryWorkflow").WithSummary("Runs a failed run again from its first failed step; succeeded steps are not redone.");
        api.MapPost("/{id:guid}/resume", Resume).WithName("ResumeWorkflow").WithSummary("Runs a finished run again from the given step (?fromStep=) onwards.");
        api.MapPost("/{id:guid}/cancel", Cancel).WithName("CancelWorkflow").WithSummary("Stops a run: running steps are cancelled, nothing further starts.");
        api.MapPost("/{id:guid}/steps/{step}/skip", Skip).WithName("SkipWorkflowStep").WithSummary("Marks a step skipped, with a recorded reason, and lets the run go on; an approval or policy step only by its approvers, never by the requester.");
        api.MapPost("/{id:guid}/steps/{step}/approve", Approve).WithName("ApproveWorkflowStep").WithSummary("Approves an approval step (its approvers or an admin, never the requester); the run goes on.");
        api.MapPost("/{id:guid}/steps/{step}/reject", Reject).WithName("RejectWorkflowStep").WithSummary("Rejects an approval step (its approvers or an admin, never the requester); the run fails.");
        return api;
    }

    public static async Task<Ok<Page<ExecutionSummary>>> List([AsParameters] ExecutionQuery query, CallerPrincipal caller, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var runs = db.WorkflowExecutions.AsNoTracking().AsQueryable();
        runs = caller.IsAdmin ? runs : runs.Where(e => caller.Teams.Contains(e.Team));
        runs = string.IsNullOrWhiteSpace(query.Application) ? runs : runs.Where(e => e.Application == query.Application);
        runs = string.IsNullOrWhiteSpace(query.State) ? runs : runs.Where(e => e.State == query.State);
        runs = string.IsNullOrWhiteSpace(query.Kind) ? runs : runs.Where(e => e.Kind == query.Kind);
        runs = query.Since is { } since ? runs.Where(e => e.CreatedAt >= since) : runs;
        runs = query.Until is { } until ? runs.Where(e => e.CreatedAt < until) : runs;
        var total = await runs.CountAsync(cancellationToken);
        var items = await runs.OrderByDescending(e => e.CreatedAt).Skip((query.PageNumber - 1) * query.Size).Take(query.Size)
            .Select(e => new ExecutionSummary(e.Id, e.Name, e.Kind, e.Application, e.State, e.Error, e.CreatedAt, e.FinishedAt)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ExecutionSummary>(items, query.PageNumber, query.Size, total));
    }

    public static async Task<IResult> Get(Guid id, CallerPrincipal caller, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var run = await db.WorkflowExecutions.AsNoTracking().Include(e => e.Steps).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return run is null || !caller.MaySee(run.Team) ? NotFound(id) : TypedResults.Ok(ExecutionView.From(run));
    }

    public static async Task<IResult> Logs(Guid id, string? step, int? tail, CallerPrincipal caller, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        if (!await VisibleAsync(db, id, caller, cancellationToken))
        {
            return NotFound(id);
        }
        var lines = db.StepLogs.AsNoTracking().Where(l => l.ExecutionId == id);
        lines = string.IsNullOrWhiteSpace(step) ? lines : lines.Where(l => l.Step == step);
        var count = Math.Clamp(tail ?? 10_000, 1, 10_000);
        var selected = await lines.OrderByDescending(l => l.Id).Take(count).Select(l => new { l.Step, l.At, l.Line }).ToListAsync(cancellationToken);
        selected.Reverse();
        return TypedResults.Ok(selected);
    }

    public static Task<IResult> Retry(Guid id, CallerPrincipal caller, WorkflowDbContext db, WorkflowOperations operations, CancellationToken cancellationToken) =>
        RunAsync(db, id, caller, () => operations.RetryAsync(id, caller.User, cancellationToken), cancellationToken);

    public static Task<IResult> Resume(Guid id, string fromStep, CallerPrincipal caller, WorkflowDbContext db, WorkflowOperations operations, CancellationToken cancellationToken) =>
        RunAsync(db, id, caller, () => operations.ResumeAsync(id, fromStep, caller.User, cancellationToken), cancellationToken);

    public static Task<IResult> Cancel(Guid id, CallerPrincipal caller, WorkflowDbContext db, WorkflowOperations operations, CancellationToken cancellationToken) =>
        RunAsync(db, id, caller, () => operations.CancelAsync(id, caller.User, cancellationToken), cancellationToken);

    public static async Task<IResult> Skip(Guid id, string step, DecisionRequest body, CallerPrincipal caller, WorkflowDbContext db, WorkflowOperations operations, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(body.Reason)
            ? TypedResults.Problem(title: "Reason required", detail: "Skipping a step needs a reason; it is recorded with the step.", statusCode: StatusCodes.Status400BadRequest)
            : await RunAsync(db, id, caller, () => operations.SkipAsync(id, step, body.Reason, caller, cancellationToken), cancellationToken, gate: step);

    public static Task<IResult> Approve(Guid id, string step, DecisionRequest? body, CallerPrincipal caller, WorkflowDbContext db, WorkflowOperations operations, CancellationToken cancellationToken) =>
        RunAsync(db, id, caller, () => operations.DecideAsync(id, step, true, caller, body?.Reason, cancellationToken), cancellationToken, gate: step);

    public static Task<IResult> Reject(Guid id, string step, DecisionRequest? body, CallerPrincipal caller, WorkflowDbContext db, WorkflowOperations operations, CancellationToken cancellationToken) =>
        RunAsync(db, id, caller, () => operations.DecideAsync(id, step, false, caller, body?.Reason, cancellationToken), cancellationToken, gate: step);

    /// <param name="gate">The step a decision is about: its named approvers may act on a run of another team.</param>
    private static async Task<IResult> RunAsync(WorkflowDbContext db, Guid id, CallerPrincipal caller, Func<Task<OperationResult>> operation, CancellationToken cancellationToken, string? gate = null)
    {
        if (!await VisibleAsync(db, id, caller, cancellationToken) && !(gate is not null && await NamedApproverAsync(db, id, gate, caller, cancellationToken)))
        {
            return NotFound(id);
        }
        var result = await operation();
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Accepted($"/api/workflows/{id}", ExecutionView.From(await db.WorkflowExecutions.AsNoTracking().Include(e => e.Steps).SingleAsync(e => e.Id == id, cancellationToken))),
            OperationStatus.NotFound => TypedResults.Problem(title: "Not found", detail: result.Detail, statusCode: StatusCodes.Status404NotFound),
            OperationStatus.Forbidden => TypedResults.Problem(title: result.Title, detail: result.Detail, statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.Problem(title: "Not possible now", detail: result.Detail, statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static Task<bool> VisibleAsync(WorkflowDbContext db, Guid id, CallerPrincipal caller, CancellationToken cancellationToken) =>
        db.WorkflowExecutions.AnyAsync(e => e.Id == id && (caller.IsAdmin || caller.Teams.Contains(e.Team)), cancellationToken);

    private static async Task<bool> NamedApproverAsync(WorkflowDbContext db, Guid id, string gate, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        var definition = await db.WorkflowExecutions.AsNoTracking().Where(e => e.Id == id).Select(e => e.Definition).SingleOrDefaultAsync(cancellationToken);
        var step = definition is null ? null : DefinitionJson.Deserialize(definition).Steps.FirstOrDefault(s => s.Name == gate);
        return step is not null && StepApprovers.IsGate(step.Type) && StepApprovers.Names(step, caller);
    }

    private static IResult NotFound(Guid id) => Problems.RunNotFound(id);
}
