using System.Text.Json.Serialization;

namespace Bpm.Contracts.V1;

/// <summary>撤回原因: why a published entry is withdrawn (within 3 working days).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DisclosureWithdrawReason>))]
public enum DisclosureWithdrawReason
{
    /// <summary>被撤销: the decision was revoked.</summary>
    Revoked = 1,

    /// <summary>被变更: the decision was changed.</summary>
    Changed = 2,

    /// <summary>被确认违法: the decision was confirmed illegal.</summary>
    ConfirmedIllegal = 3,
}
