using Bpm.Server.Identity.Demo;

namespace Bpm.Server.Identity.Directory;

/// <summary>The Chinese display name of a directory group: the agency's own (<c>Bpm:Directory:GroupNames:&lt;code&gt;</c>),
/// else the demo seed's (<see cref="DemoGroups"/>); null for a group nobody named (the studio then names it by its units).</summary>
public sealed class DirectoryGroupNames(IConfiguration configuration)
{
    public const string Section = "Bpm:Directory:GroupNames";

    public string? Of(string code)
    {
        var configured = configuration[$"{Section}:{code}"];
        if (!string.IsNullOrWhiteSpace(configured)) return configured.Trim();
        return DemoGroups.Names.GetValueOrDefault(code);
    }
}
