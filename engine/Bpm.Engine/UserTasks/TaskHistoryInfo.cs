using System.Text.Json.Nodes;

namespace Bpm.Engine.UserTasks;

public sealed record TaskHistoryInfo(string Event, string? Actor, DateTimeOffset At, JsonObject? Details);
