namespace Bpm.Engine.People;

/// <summary>How texts a person reads (refusals, notifications, escalation messages) name someone: by the directory's
/// display name, the username only when the directory does not know them.</summary>
public static class PeopleNames
{
    public static async Task<string> DisplayNameAsync(this IPeopleDirectory people, string username, CancellationToken ct) =>
        (await people.FindAsync(username, ct))?.DisplayName is { Length: > 0 } name ? name : username;
}
