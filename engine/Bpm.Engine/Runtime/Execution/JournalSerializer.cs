using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>Journal rows hold HistoryEntry arrays in web (camelCase) JSON, the form the history queries read back.</summary>
internal static class JournalSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
