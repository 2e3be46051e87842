using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Score;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.UnitTests.Score;

/// <summary>Our validator must give the official schema's verdict on every sample and on thousands of variations of them.</summary>
public class ScoreSchemaAgreementTests
{
    [Theory]
    [MemberData(nameof(ScoreSamples.Valid), MemberType = typeof(ScoreSamples))]
    [MemberData(nameof(ScoreSamples.Invalid), MemberType = typeof(ScoreSamples))]
    public void Agrees_with_the_official_schema_on_each_sample(string sample)
    {
        var text = ScoreSamples.Read(sample);
        var document = YamlJsonReader.Read(text).Root;

        var schemaAccepts = OfficialSchema.Accepts(document);

        Assert.Equal(sample.StartsWith("valid/", StringComparison.Ordinal), schemaAccepts);
        Assert.Equal(schemaAccepts, ScoreParser.Parse(text).IsValid);
    }

    [Theory]
    [InlineData("valid/spec__samples-score-full.yaml")]
    [InlineData("valid/derived__valid-before-noexpand.yaml")]
    [InlineData("valid/examples__samples-aks-store-demo-store-front-score.yaml")]
    [InlineData("valid/score-compose__examples-09-dns-and-route-score.yaml")]
    [InlineData("valid/score-compose__examples-05-volume-mounts-score.yaml")]
    public void Agrees_with_the_official_schema_on_every_mutation_of_a_sample(string sample)
    {
        var document = YamlJsonReader.Read(ScoreSamples.Read(sample)).Root!.AsObject();
        var disagreements = new List<string>();
        var count = 0;

        foreach (var (description, mutated) in ScoreMutations.Of(document))
        {
            count++;
            var schemaAccepts = OfficialSchema.Accepts(mutated);
            var ours = ScoreParser.Parse(mutated.ToJsonString());
            var oursAccepts = ours.Errors.All(ScoreReferenceErrors.IsBeyondSchema);
            if (schemaAccepts != oursAccepts)
                disagreements.Add($"{description}: schema {(schemaAccepts ? "accepts" : "rejects")}, we {(oursAccepts ? "accept" : $"reject: {string.Join("; ", ours.Errors)}")}");
        }

        Assert.True(count > 500, $"only {count} mutations");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {count} mutations disagree:\n{string.Join("\n", disagreements.Take(40))}");
    }

    [Theory]
    [MemberData(nameof(HandWrittenCases))]
    public void Agrees_with_the_official_schema_on_hand_written_edge_cases(string name)
    {
        var yaml = ScoreEdgeCases.Cases[name];
        var document = YamlJsonReader.Read(yaml).Root;

        var result = ScoreParser.Parse(yaml);

        Assert.Equal(OfficialSchema.Accepts(document), result.IsValid);
    }

    public static TheoryData<string> HandWrittenCases() => new(ScoreEdgeCases.Cases.Keys);

    [Fact]
    public void The_inline_workflows_extension_is_the_only_intended_difference()
    {
        const string yaml = """
            apiVersion: score.dev/v1b1
            metadata: {name: app}
            containers: {main: {image: nginx}}
            workflows:
              setup:
                steps: [{name: hello, type: noop}]
            """;
        var document = YamlJsonReader.Read(yaml).Root!.AsObject();

        Assert.True(ScoreParser.Parse(yaml).IsValid);
        Assert.True(OfficialSchema.Accepts(document));
        Assert.False(OfficialSchema.Accepts(WithUnknownTopLevelField(document)));
        Assert.False(ScoreParser.Parse(WithUnknownTopLevelField(document).ToJsonString()).IsValid);
    }

    private static JsonObject WithUnknownTopLevelField(JsonObject document)
    {
        var copy = document.DeepClone().AsObject();
        copy["environment"] = new JsonObject { ["type"] = "kubernetes" };
        return copy;
    }
}
