using Innominatus.Cli.Validation;
using Innominatus.WorkflowService.Score;

namespace Innominatus.Cli.Commands;

/// <summary>validate FILE: offline, with the server's own Score rules (ScoreParser compiled in).</summary>
public static class ValidateCommand
{
    public static Command Build(CliContext context)
    {
        var file = Cmd.Arg("FILE", "The Score spec (YAML or JSON); '-' reads standard input.");
        var explain = Cmd.Flag("--explain", "After each error, say what the rule means and how to fix it.");
        return Cmd.New("validate", "Check a Score spec offline with the same rules as the server; errors give the line and column.",
                "innominatus-ctl validate score.yaml",
                "innominatus-ctl validate score.yaml --explain",
                "cat score.yaml | innominatus-ctl validate - -o json")
            .With(file, explain)
            .Runs(context, (s, p, _) => Task.FromResult(Run(s, p.GetValue(file)!, p.GetValue(explain))));
    }

    private static int Run(Session s, string path, bool explain)
    {
        var result = ScoreParser.Parse(SpecFile.Read(s.Context, path));
        var errors = result.Errors.Select(e => new ValidationError(e.Path, e.Message, e.Line, e.Column, explain ? ScoreExplanations.Explain(e.Path, e.Message) : null)).ToList();
        var report = JsonText.From(new ValidationReport(result.IsValid, result.Spec?.Metadata.Name, errors, []));
        s.Print.Data(report, _ => Table(s.Print, path, result, errors));
        if (result.IsValid)
        {
            return ExitCodes.Ok;
        }
        throw new CliException($"{path} is not a valid Score spec: {errors.Count} error{(errors.Count == 1 ? "" : "s")}");
    }

    private static void Table(Printer print, string path, ScoreParseResult result, List<ValidationError> errors)
    {
        if (result.Spec is { } spec)
        {
            var resources = spec.Resources.Values.Select(r => $"{r.Name} ({r.Type})").ToList();
            print.Line($"{print.Paint("valid", Ansi.Green)}: {path}: workload {spec.Metadata.Name}, {spec.Containers.Count} container{(spec.Containers.Count == 1 ? "" : "s")}"
                + (resources.Count == 0 ? "" : $", resources {string.Join(", ", resources)}")
                + (spec.Workflows.Count == 0 ? "" : $", workflows {string.Join(", ", spec.Workflows.Keys)}"));
            return;
        }
        foreach (var error in errors)
        {
            var at = error.Line is null ? path : $"{path}:{error.Line}:{error.Column}";
            print.Line($"{at}: {print.Paint("error", Ansi.Red)}: {error.Path}: {error.Message}");
            if (error.Explanation is { Length: > 0 } meaning)
            {
                print.Line($"    {print.Paint("means", Ansi.Dim)}: {meaning}");
            }
        }
    }

    /// <summary>The shape of the server's POST /api/specs/validate answer; warnings (types no provider offers) need the server: deploy --dry-run.</summary>
    private sealed record ValidationReport(bool Valid, string? Name, IReadOnlyList<ValidationError> Errors, IReadOnlyList<object> Warnings);

    private sealed record ValidationError(string Path, string Message, int? Line, int? Column, [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Explanation);
}
