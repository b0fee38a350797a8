using System.Text.Json.Nodes;

namespace Bpm.Engine.Forms;

/// <summary>A user task's form: the version the task was bound to when created, its schema, and the current value of
/// every form field's variable visible to the task (fields whose variable is not set are absent).</summary>
public sealed record TaskFormInfo(string UserTaskKey, string FormKey, string FormId, int Version, JsonNode? Schema, JsonObject Values);
