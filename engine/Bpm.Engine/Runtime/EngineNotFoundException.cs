namespace Bpm.Engine.Runtime;

/// <summary>A key or process id that does not exist (the API answers 404).</summary>
public sealed class EngineNotFoundException(string message) : Exception(message)
{
    private static readonly Dictionary<string, string> ChineseNames = new(StringComparer.Ordinal)
    {
        ["user task"] = "用户任务",
        ["process instance"] = "流程实例",
        ["process definition"] = "流程定义",
        ["incident"] = "异常事件",
        ["document"] = "文书",
        ["subscription"] = "消息订阅",
        ["user"] = "用户",
    };

    /// <summary>"用户任务 123 不存在 (user task 123 does not exist)": people read the Chinese, logs and clients the English.
    /// A module names its own things in Chinese (<paramref name="what"/> is then shown as given).</summary>
    public static EngineNotFoundException Missing(string what, object id) =>
        new($"{ChineseNames.GetValueOrDefault(what, what)} {id} 不存在");
}
