using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bpm.Server.Tests.Records.S3;

/// <summary>A real S3-compatible server for the tests: the npm package s3rver (tests/tools/s3rver, installed by test.sh with
/// <c>npm ci</c>, or here when its node_modules is missing), started as a node process on a free port with an empty bucket
/// and its own data folder, ended (by its process id) and removed when disposed.</summary>
public sealed class S3rverProcess : IAsyncDisposable
{
    public const string Bucket = "bpm-evidence";
    /// <summary>s3rver's fixed credentials.</summary>
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private readonly Process _process;
    private readonly string _directory;

    private S3rverProcess(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string ServiceUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The server's settings that make it keep its files in this s3rver's bucket under <paramref name="prefix"/>.</summary>
    public IReadOnlyDictionary<string, string?> Settings(string prefix) => new Dictionary<string, string?>
    {
        ["Bpm:Attachments:Store"] = "S3",
        ["Bpm:Attachments:S3:ServiceUrl"] = ServiceUrl,
        ["Bpm:Attachments:S3:Bucket"] = Bucket,
        ["Bpm:Attachments:S3:AccessKey"] = AccessKey,
        ["Bpm:Attachments:S3:SecretKey"] = SecretKey,
        ["Bpm:Attachments:S3:Prefix"] = prefix,
    };

    private static readonly Lazy<Task<S3rverProcess>> SharedServer = new(StartSharedAsync);

    /// <summary>One s3rver for the whole test run (each server factory keeps its files under its own prefix), ended when
    /// the test process exits.</summary>
    public static Task<S3rverProcess> SharedAsync() => SharedServer.Value;

    private static async Task<S3rverProcess> StartSharedAsync()
    {
        var server = await StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    /// <summary>Why the S3 tests cannot run here (node is not installed), or null.</summary>
    public static string? MissingReason { get; } = NodeOnPath() ? null
        : "Node.js (node, npm) is not installed: the S3 store tests need it to run s3rver (tests/tools/s3rver).";

    public static string ToolDirectory { get; } = FindToolDirectory();

    public static async Task<S3rverProcess> StartAsync()
    {
        if (MissingReason is not null) throw new InvalidOperationException(MissingReason);
        await InstallAsync();
        var directory = Path.Combine(Path.GetTempPath(), "bpm-s3rver", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ToolDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "node_modules/s3rver/bin/s3rver.js", "-d", directory, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-s", "--configure-bucket", Bucket })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new S3rverProcess(process, directory, port);
        await server.WaitUntilListeningAsync();
        return server;
    }

    private async Task WaitUntilListeningAsync()
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"s3rver exited with code {_process.ExitCode} before listening on port {Port}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTimeOffset.UtcNow < until)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary><c>npm ci</c> when the tool's node_modules is missing or older than its package-lock.json (as test.sh does).</summary>
    private static async Task InstallAsync()
    {
        var installed = Path.Combine(ToolDirectory, "node_modules", ".package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(Path.Combine(ToolDirectory, "package-lock.json"))) return;
        var start = new ProcessStartInfo("npm") { WorkingDirectory = ToolDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" }) start.ArgumentList.Add(argument);
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start");
        var error = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0) throw new InvalidOperationException($"npm ci in {ToolDirectory} failed: {await error}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static bool NodeOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, "node")) && File.Exists(Path.Combine(folder, "npm")));

    private static string FindToolDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "BPM.sln"))) return Path.Combine(directory.FullName, "tests", "tools", "s3rver");
        throw new InvalidOperationException($"no BPM.sln above {AppContext.BaseDirectory}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the temp folder.
        }
    }
}
