using System.Text.Json.Serialization;

namespace Bpm.Contracts.V1;

/// <summary>Which way a message travels.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MessageDirection>))]
public enum MessageDirection
{
    /// <summary>BPM sends it to an agency system.</summary>
    BpmToAgency = 1,

    /// <summary>An agency system sends it to BPM.</summary>
    AgencyToBpm = 2,
}
