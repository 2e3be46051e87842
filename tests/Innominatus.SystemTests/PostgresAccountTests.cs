using Innominatus.AppHost.Infrastructure;

namespace Innominatus.SystemTests;

/// <summary>
/// A root AppHost checks that the postgres account can reach its data folder before it starts PostgreSQL as that
/// account; a private folder used to leave the whole system waiting without a word.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class PostgresAccountTests
{
    [Fact]
    public void The_postgres_account_enters_an_open_folder_and_not_a_private_one()
    {
        Assert.True(Environment.UserName == "root", "the local infrastructure runs PostgreSQL as the postgres account only for a root AppHost; run the tests as root, as eng/test.sh does");
        var open = LocalSystem.NewRoot();
        var closed = Directory.CreateTempSubdirectory("innominatus-private-").FullName;
        try
        {
            File.SetUnixFileMode(open, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(closed, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Assert.True(PostgresAccount.CanEnter(open));
            Assert.False(PostgresAccount.CanEnter(closed));
            Assert.False(PostgresAccount.CanEnter(Path.Combine(closed, "local")));
        }
        finally
        {
            Directory.Delete(open);
            Directory.Delete(closed);
        }
    }
}
