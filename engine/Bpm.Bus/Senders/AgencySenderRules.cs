using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace Bpm.Bus.Senders;

/// <summary>Which agency may send which message: a reply claiming to come from an agency (by its message name, or by the
/// <c>sender.creditCode</c> it carries) is accepted only from that agency's integration client over HTTP, or over the bus
/// only with that agency's credit code (and its configured source endpoint). Null means accepted; otherwise the reason in
/// Chinese.</summary>
public sealed class AgencySenderRules
{
    public const string Section = "Bpm:Agencies";
    public const string Rule = "agency-sender";

    private readonly IReadOnlyList<AgencySender> agencies;

    public AgencySenderRules(IEnumerable<AgencySender> agencies) => this.agencies = agencies.ToList();

    public static AgencySenderRules From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var configured = section.GetChildren().Select(child =>
        {
            var agency = child.Get<AgencySender>() ?? new AgencySender();
            if (string.IsNullOrEmpty(agency.Name)) agency.Name = child.Key;
            return agency;
        }).ToList();
        return new AgencySenderRules(configured.Count > 0 ? configured : DefaultAgencies.All);
    }

    public IReadOnlyList<AgencySender> Agencies => agencies;

    /// <summary>The agency that alone may send this message, or null when any integration client may.</summary>
    public AgencySender? SenderOf(string messageName) =>
        agencies.FirstOrDefault(a => a.Messages.Contains(messageName, StringComparer.Ordinal));

    public string? HttpProblem(string messageName, string clientOrganisation, JsonObject? variables)
    {
        if (SenderOf(messageName) is { } expected && expected.OrganisationId != clientOrganisation)
            return $"消息「{messageName}」只能由{expected.Name}（机构 {expected.OrganisationId}）的集成客户端发送，当前客户端属于机构 {clientOrganisation}";
        var claimed = ClaimedCreditCode(variables);
        if (claimed is null) return null;
        if (agencies.FirstOrDefault(a => a.CreditCodes.Contains(claimed)) is { } claimedAgency && claimedAgency.OrganisationId != clientOrganisation)
            return $"消息声称由{claimedAgency.Name}（{claimed}）发送，但客户端属于机构 {clientOrganisation}";
        if (SenderOf(messageName) is { } agency && !agency.CreditCodes.Contains(claimed))
            return $"消息「{messageName}」的发送单位 {claimed} 不是{agency.Name}（{string.Join("、", agency.CreditCodes)}）";
        return null;
    }

    public string? BusProblem(string messageName, string senderCreditCode, Uri? sourceAddress)
    {
        if (SenderOf(messageName) is not { } expected)
            return agencies.Count == 0 ? null : $"消息「{messageName}」未配置允许的发送机构";
        if (!expected.CreditCodes.Contains(senderCreditCode))
            return $"消息「{messageName}」只能由{expected.Name}（{string.Join("、", expected.CreditCodes)}）发送，收到的发送单位为 {senderCreditCode}";
        if (!string.IsNullOrEmpty(expected.BusSource)
            && (sourceAddress is null || !sourceAddress.AbsolutePath.TrimEnd('/').EndsWith("/" + expected.BusSource, StringComparison.Ordinal)))
            return $"消息「{messageName}」须来自{expected.Name}的总线端点 {expected.BusSource}，实际来源为 {sourceAddress?.ToString() ?? "未知"}";
        return null;
    }

    private static string? ClaimedCreditCode(JsonObject? variables) =>
        variables?["sender"] is JsonObject sender && sender["creditCode"] is JsonValue code && code.TryGetValue<string>(out var text) ? text : null;
}
