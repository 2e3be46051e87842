using Innominatus.WorkflowService.Score;

namespace Innominatus.UnitTests.Score;

public class ScoreSampleTests
{
    [Theory]
    [MemberData(nameof(ScoreSamples.Valid), MemberType = typeof(ScoreSamples))]
    public void Accepts_every_valid_sample(string sample)
    {
        var result = ScoreParser.Parse(ScoreSamples.Read(sample));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.NotNull(result.Spec);
        Assert.Equal("score.dev/v1b1", result.Spec.ApiVersion);
        Assert.NotEmpty(result.Spec.Containers);
    }

    [Theory]
    [MemberData(nameof(ScoreSamples.Invalid), MemberType = typeof(ScoreSamples))]
    public void Rejects_every_invalid_sample_with_located_errors(string sample)
    {
        var result = ScoreParser.Parse(ScoreSamples.Read(sample));

        Assert.False(result.IsValid);
        Assert.Null(result.Spec);
        Assert.All(result.Errors, error => Assert.StartsWith("$", error.Path));
        Assert.All(result.Errors, error => Assert.NotNull(error.Line));
    }
}
