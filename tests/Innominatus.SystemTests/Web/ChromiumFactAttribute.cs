namespace Innominatus.SystemTests.Web;

/// <summary>
/// A browser test: it drives Debian's chromium (eng/test.sh and .ci/run install it when missing), and is skipped,
/// saying why, only where that browser is not installed.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"{Chromium} is missing: `apt-get install -y chromium` (eng/test.sh does it when it can).";
        }
    }
}
