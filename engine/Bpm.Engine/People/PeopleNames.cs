namespace Bpm.Engine.People;

/// <summary>How texts a person reads (refusals, notifications, escalation messages) name someone: by the directory's
/// display name, the username only when the directory does not know them.</summary>
public static class PeopleNames
{
    /// <summary>A refusal a person reads: one Chinese sentence naming them and the rule they did not meet
    /// ("张伟无权进行此操作：只有管理员可以使用该功能。"); programs read the rule from the problem's <c>rule</c> field.</summary>
    public static string Refusal(string displayName, string rule) => $"{displayName}无权进行此操作：{rule.TrimEnd('。')}。";

    public static async Task<string> DisplayNameAsync(this IPeopleDirectory people, string username, CancellationToken ct) =>
        (await people.FindAsync(username, ct))?.DisplayName is { Length: > 0 } name ? name : username;
}
