using System.Globalization;
using Bpm.Engine.Persistence;
using Bpm.Engine.Records;
using Microsoft.Data.Sqlite;

namespace Bpm.Server.Records;

/// <summary><c>Bpm.Server verify [--instance KEY]</c>: verifies the full-process record offline against the database the
/// server is configured with (the same appsettings, environment variables and command line as the server), prints what
/// broke and exits 0 when everything is intact, 1 when anything is broken, 2 when it could not verify.</summary>
public static class VerifyCommand
{
    public const string Name = "verify";
    public const int Broken = 1;
    public const int CannotVerify = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        long? instance = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--instance" && i + 1 < args.Length && long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var key))
            {
                instance = key;
                i++;
            }
            else if (args[i] == "--instance")
            {
                Console.Error.WriteLine("verify: --instance 需要一个案件（流程实例）编号");
                return CannotVerify;
            }
            else rest.Add(args[i]);
        }

        var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. rest] }).Configuration;
        if (MissingSqliteFile(configuration) is { } missing)
        {
            Console.Error.WriteLine($"verify: 数据库文件不存在：{missing}（检查 ConnectionStrings:Bpm 与工作目录）");
            return CannotVerify;
        }
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBpmPersistence(configuration);
        services.AddBpmRecords(configuration);
        await using var provider = services.BuildServiceProvider();
        var verifier = provider.GetRequiredService<RecordVerifier>();
        try
        {
            return instance is { } one ? await VerifyOneAsync(verifier, one, output) : await VerifyAllAsync(verifier, output);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            Console.Error.WriteLine($"verify: 无法读取数据库：{ex.Message}");
            return CannotVerify;
        }
    }

    private static async Task<int> VerifyOneAsync(RecordVerifier verifier, long key, TextWriter output)
    {
        if (await verifier.VerifyInstanceAsync(key, CancellationToken.None) is not { } report)
        {
            Console.Error.WriteLine($"verify: 案件 {key} 不存在");
            return CannotVerify;
        }
        if (report.Valid)
        {
            output.WriteLine($"instance {key}: intact, {report.Entries} entries, head {report.HeadHash}" +
                (report.AnchoredAt is { } at ? $", anchored {at:O}" : ", not anchored yet"));
            return 0;
        }
        output.WriteLine($"instance {key}: BROKEN at entry {report.FirstBrokenAt}: {report.Reason}");
        return Broken;
    }

    private static async Task<int> VerifyAllAsync(RecordVerifier verifier, TextWriter output)
    {
        var result = await verifier.VerifyAllAsync(line => output.WriteLine("BROKEN " + line), CancellationToken.None);
        output.WriteLine($"verified {result.InstancesChecked} instances, the audit and access logs and {result.AnchorsChecked} anchors: " +
            (result.Valid ? "all intact" : $"{result.Problems.Count} problem(s)"));
        return result.Valid ? 0 : Broken;
    }

    private static string? MissingSqliteFile(IConfiguration configuration)
    {
        var provider = configuration["Bpm:Database:Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)) return null;
        // Without a configured connection string the server uses the default file; so does this check, or opening it would
        // create an empty database where the server's should be.
        var connectionString = configuration.GetConnectionString("Bpm");
        if (string.IsNullOrWhiteSpace(connectionString)) connectionString = DatabaseOptions.DefaultSqliteConnectionString;
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return null;
        var path = Path.GetFullPath(dataSource);
        return File.Exists(path) ? null : path;
    }
}
