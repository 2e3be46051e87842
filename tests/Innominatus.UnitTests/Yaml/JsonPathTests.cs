using Innominatus.WorkflowService.Yaml;

namespace Innominatus.UnitTests.Yaml;

public class JsonPathTests
{
    [Theory]
    [InlineData("main", "$.containers.main")]
    [InlineData("my-container_1", "$.containers.my-container_1")]
    [InlineData("my.db", "$.containers['my.db']")]
    [InlineData("/etc/app.conf", "$.containers['/etc/app.conf']")]
    [InlineData("it's", "$.containers['it\\'s']")]
    [InlineData("", "$.containers['']")]
    public void Plain_names_use_dots_and_others_brackets(string name, string expected) =>
        Assert.Equal(expected, JsonPath.Property("$.containers", name));

    [Fact]
    public void Ancestors_are_listed_nearest_first_even_across_bracketed_names()
    {
        var path = JsonPath.Property(JsonPath.Index(JsonPath.Property("$.files", "/a.b['c']"), 2), "mode");

        Assert.Equal(["$.files['/a.b[\\'c\\']'][2]", "$.files['/a.b[\\'c\\']']", "$.files", "$"], JsonPath.AncestorsNearestFirst(path));
    }
}
