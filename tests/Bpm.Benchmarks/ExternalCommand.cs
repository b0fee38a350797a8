using System.Diagnostics;

namespace Bpm.Benchmarks;

/// <summary>Runs a program to completion and captures its output; null when the program cannot be started.</summary>
public static class ExternalCommand
{
    public static async Task<(int ExitCode, string Output, string Error)?> RunAsync(string fileName, IEnumerable<string> arguments,
        TimeSpan timeout, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        if (process is null) return null;
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return (-1, await output, await error + $"\n(killed after {timeout.TotalSeconds:0} s)");
            }
            return (process.ExitCode, await output, await error);
        }
    }

    /// <summary>The program's path: on PATH, else the first existing candidate.</summary>
    public static string? Find(string name, params string[] candidates)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path)) return path;
        }
        return candidates.FirstOrDefault(File.Exists);
    }
}
