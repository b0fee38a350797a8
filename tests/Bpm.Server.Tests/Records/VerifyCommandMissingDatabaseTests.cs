using Bpm.Engine.Persistence;
using Bpm.Server.Records;
using Microsoft.Data.Sqlite;

namespace Bpm.Server.Tests.Records;

/// <summary><c>verify</c> only reads: started where no database is configured (e.g. the binary run from another folder, so
/// no appsettings.json is found), it looks for the SQLite file the server would use, reports it missing and exits 2, and
/// never creates that file or its folder.</summary>
public sealed class VerifyCommandMissingDatabaseTests
{
    [Fact]
    public async Task Verify_without_a_configured_database_reports_the_default_file_missing_and_creates_nothing()
    {
        var defaultFile = Path.GetFullPath(new SqliteConnectionStringBuilder(DatabaseOptions.DefaultSqliteConnectionString).DataSource);
        var folder = Path.GetDirectoryName(defaultFile)!;
        Assert.False(File.Exists(defaultFile), $"{defaultFile} exists before the test; the test needs it absent");
        var folderExisted = Directory.Exists(folder);

        var exit = await VerifyCommand.RunAsync(["--ConnectionStrings:Bpm=", "--Bpm:Database:Provider=Sqlite"], new StringWriter());

        Assert.Equal(VerifyCommand.CannotVerify, exit);
        Assert.False(File.Exists(defaultFile), "verify created the database file it was asked to verify");
        Assert.Equal(folderExisted, Directory.Exists(folder));
    }
}
