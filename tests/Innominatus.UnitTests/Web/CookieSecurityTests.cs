extern alias web;
using web::Innominatus.Web.Cookies;
using Microsoft.AspNetCore.Http;

namespace Innominatus.UnitTests.Web;

/// <summary>Web:Cookies:Secure: two values, and a clear stop at start-up for anything else.</summary>
public sealed class CookieSecurityTests
{
    [Theory]
    [InlineData(null, CookieSecurePolicy.SameAsRequest)]
    [InlineData("", CookieSecurePolicy.SameAsRequest)]
    [InlineData("SameAsRequest", CookieSecurePolicy.SameAsRequest)]
    [InlineData("always", CookieSecurePolicy.Always)]
    [InlineData("Always", CookieSecurePolicy.Always)]
    public void The_setting_chooses_the_policy(string? value, CookieSecurePolicy expected) =>
        Assert.Equal(expected, CookieSecurity.Policy(value));

    [Theory]
    [InlineData("None")]
    [InlineData("true")]
    public void Any_other_value_names_the_setting_and_the_allowed_values(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => CookieSecurity.Policy(value));

        Assert.Contains("Web:Cookies:Secure", error.Message);
        Assert.Contains("Always", error.Message);
        Assert.Contains("SameAsRequest", error.Message);
    }
}
