using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Contracts.V1;

namespace Bpm.Bus.Serialization;

/// <summary>A message as a JSON object with its runtime type's fields and the catalogue's JSON options.</summary>
public static class AgencyMessageJson
{
    public static JsonObject ToObject(AgencyMessage message) =>
        JsonSerializer.SerializeToNode(message, message.GetType(), MessageCatalog.Json)!.AsObject();
}
