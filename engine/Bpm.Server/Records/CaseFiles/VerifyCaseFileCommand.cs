using Bpm.Engine.Time;

namespace Bpm.Server.Records.CaseFiles;

/// <summary><c>Bpm.Server verify-case-file FILE.zip [--key ANCHOR_KEY]</c>: verifies an electronic case file offline (no
/// database, no configuration), prints one <c>BROKEN</c> line per problem, and exits 0 when intact, 1 when anything is
/// broken, 2 on a usage error or an unreadable file. With <c>--key</c> (or <c>BPM_ANCHOR_KEY</c>) it also checks the
/// anchor's signature.</summary>
public static class VerifyCaseFileCommand
{
    public const string Name = "verify-case-file";
    public const int Intact = 0;
    public const int Broken = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        string? path = null;
        var key = Environment.GetEnvironmentVariable("BPM_ANCHOR_KEY");
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--key" && i + 1 < args.Length) key = args[++i];
            else if (path is null && !args[i].StartsWith("--", StringComparison.Ordinal)) path = args[i];
            else return UsageError(error, $"无法识别的参数：{args[i]}");
        }
        if (path is null) return UsageError(error, "缺少电子卷宗 ZIP 文件路径");
        if (!File.Exists(path)) return UsageError(error, $"文件不存在：{path}");

        await using var file = File.OpenRead(path);
        var verification = await CaseFileVerifier.VerifyAsync(file, key, CancellationToken.None);
        var problems = verification.Problems;
        foreach (var problem in problems) await output.WriteLineAsync($"BROKEN {problem}");
        await output.WriteLineAsync(problems.Count == 0
            ? $"电子卷宗完整：{Path.GetFileName(path)}（所有文件与哈希链核验通过）。{AnchorNote(verification)}"
            : $"电子卷宗已损坏：{problems.Count} 处问题");
        return problems.Count == 0 ? Intact : Broken;
    }

    /// <summary>How strong "intact" is: only an anchor (compared with a copy kept outside the database) rules out a complete
    /// rewrite by someone with the server's database, so the auditor is told whether there was one and what was checked.</summary>
    private static string AnchorNote(CaseFileVerification verification) => verification.AnchoredAt is not { } anchoredAt
        ? "本案链头尚未锚定：卷宗自身一致，但无法排除掌握服务器数据库者的整体改写；请在下次锚定后重新导出电子卷宗"
        : $"链头已于 {ChinaTime.Seconds(anchoredAt)}（北京时间）锚定，锚定记录核验通过；" +
          (verification.SignatureChecked ? "锚定签名与给定密钥相符" : "未提供锚定密钥，未核验锚定签名") +
          "。请将清单中的锚定哈希与数据库之外保存的副本比对";

    private static int UsageError(TextWriter error, string message)
    {
        error.WriteLine($"verify-case-file: {message}");
        error.WriteLine("用法：Bpm.Server verify-case-file <电子卷宗.zip> [--key 锚定密钥]");
        return Usage;
    }
}
