using Innominatus.WorkflowService.Placeholders;

namespace Innominatus.UnitTests.Workflows;

public class PlaceholderTests
{
    [Fact]
    public void Finds_each_placeholder_with_its_position_and_parts()
    {
        var scan = Placeholder.Scan("postgres://${resources.db.user}@${resources.db.host}/x");

        Assert.Equal(["resources.db.user", "resources.db.host"], scan.References.Select(reference => reference.Expression));
        Assert.Equal([11, 32], scan.References.Select(reference => reference.Start));
        Assert.Equal(["resources", "db", "host"], scan.References[1].Segments);
        Assert.Null(scan.UnterminatedAt);
    }

    [Theory]
    [InlineData("$${HOME}", 0)]
    [InlineData("$$${a.b}", 1)]
    [InlineData("$$$${a.b}", 0)]
    [InlineData("cost: $5 $", 0)]
    [InlineData("${a.b}${c.d}", 2)]
    public void Double_dollars_escape(string text, int count) =>
        Assert.Equal(count, Placeholder.Scan(text).References.Count);

    [Fact]
    public void Reports_where_an_unclosed_placeholder_starts()
    {
        var scan = Placeholder.Scan("a ${b.c} ${d");

        Assert.Single(scan.References);
        Assert.Equal(9, scan.UnterminatedAt);
    }

    [Theory]
    [InlineData("resources.db", true)]
    [InlineData("resources.my-db.host_name", true)]
    [InlineData("HOME", false)]
    [InlineData("resources..x", false)]
    [InlineData(" resources.db", false)]
    [InlineData("resources.db.x:-y", false)]
    [InlineData("", false)]
    public void Well_formed_means_two_or_more_plain_parts(string expression, bool wellFormed) =>
        Assert.Equal(wellFormed, new PlaceholderReference(expression, 0, expression.Length + 3).IsWellFormed);

    [Fact]
    public void Substitutes_placeholders_and_unescapes_dollars()
    {
        var text = Placeholder.Substitute("$$_$${x} ${metadata.name}:$$$${y} ${resources.db.port}", reference => reference.Segments[^1].ToUpperInvariant());

        Assert.Equal("$_${x} NAME:$${y} PORT", text);
    }
}
