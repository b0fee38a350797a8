namespace Bpm.Server.Startup;

/// <summary>Finds the workflows folder: <c>Bpm:WorkflowsPath</c> when set; else a <c>workflows</c> folder next to
/// <c>BPM.sln</c> above the content root or the current directory; else the copy beside the server's binaries.</summary>
internal sealed class WorkflowLocator(IConfiguration configuration, IHostEnvironment environment)
{
    public string? Locate()
    {
        var configured = configuration["Bpm:WorkflowsPath"];
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);

        foreach (var start in new[] { environment.ContentRootPath, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "workflows");
                if (File.Exists(Path.Combine(dir.FullName, "BPM.sln")) && Directory.Exists(candidate))
                    return candidate;
            }
        }

        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "workflows");
        return Directory.Exists(besideBinaries) ? besideBinaries : null;
    }
}
