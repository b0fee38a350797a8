using Bpm.Engine.Activities;
using Bpm.Engine.Decisions;
using Bpm.Engine.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bpm.Activities.Enforcement.MajorDecisions;

/// <summary>Decides whether a proposed penalty is a 重大行政处罚 (major penalty: legal review, collective discussion and filing
/// with the justice bureau follow). The deployed 重大执法决定目录 (decision <c>major-decision-reasons</c>) decides; only where no such
/// table is deployed (or no decision service is registered) do the configured thresholds of <see cref="MajorDecisionOptions"/>
/// apply, as a fallback (docs/decisions.md).</summary>
[Activity(Type, "重大处罚判定", EnforcementActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "按当事人类型、罚款金额、没收价值和处罚种类判定是否属于重大行政处罚（河南省：对公民罚款 1 万元以上、对法人或其他组织 10 万元以上，"
        + "没收相当价值，责令停产停业，吊销许可证或营业执照），输出 isMajor 和判定理由；标准取自已部署的重大执法决定目录（决策 major-decision-reasons），未部署时按机构配置。")]
public sealed class MajorDecisionCheckActivity(IOptionsMonitor<MajorDecisionOptions> options) : IActivity
{
    private const string Type = "bpm:major-decision-check";

    [Input("当事人类型", Required = true, Description = "PERSON（公民、自然人、个体工商户）或 ORGANISATION（法人、其他组织）。")]
    public string PartyKind { get; set; } = "";

    [Input("罚款金额（元）", DefaultValue = "0")]
    public decimal FineAmount { get; set; }

    [Input("没收违法所得及非法财物价值（元）", DefaultValue = "0")]
    public decimal ConfiscationValue { get; set; }

    [Input("处罚种类", Description = "列表，如 [\"罚款\", \"责令停产停业\", \"吊销许可证件\", \"降低资质等级\"]。")]
    public List<string>? PenaltyKinds { get; set; }

    [Input("机构", DefaultValue = "=organisationId", Description = "作出决定的机构编号；按该机构及其上级机构的配置判定（最近的机构优先）。")]
    public string? OrganisationId { get; set; }

    [Output("是否重大处罚")]
    public bool IsMajor { get; private set; }

    [Output("判定理由", Description = "每条理由包含所依据的标准和规定。")]
    public List<string> MajorReasons { get; private set; } = [];

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var party = PartyKinds.Normalise(PartyKind) ?? throw InvalidInput.Of(Type, "partyKind", $"must be PERSON or ORGANISATION (accepted: {PartyKinds.Accepted}; got '{PartyKind}')");
        if (FineAmount < 0)
            throw InvalidInput.Of(Type, "fineAmount", $"must not be negative (got {FineAmount})");
        if (ConfiscationValue < 0)
            throw InvalidInput.Of(Type, "confiscationValue", $"must not be negative (got {ConfiscationValue})");
        var kinds = (PenaltyKinds ?? []).Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var fromTable = context.Services.GetService<IDecisionService>() is { } decisions
            ? await MajorDecisionTable.ReasonsAsync(decisions, party, FineAmount, ConfiscationValue, kinds, cancellationToken)
            : null;
        MajorReasons = fromTable?.ToList()
            ?? MajorDecisionRules.Resolve(await SettingsNearestFirstAsync(context, cancellationToken)).Reasons(party, FineAmount, ConfiscationValue, kinds).ToList();
        IsMajor = MajorReasons.Count > 0;
    }

    /// <summary>The organisation's own settings, then its ancestors' (nearest first), then the configured and the Henan defaults.</summary>
    private async Task<IReadOnlyList<MajorDecisionSettings>> SettingsNearestFirstAsync(ActivityContext context, CancellationToken ct)
    {
        var current = options.CurrentValue;
        var chain = new List<MajorDecisionSettings>();
        if (!string.IsNullOrWhiteSpace(OrganisationId) && current.Organisations.Count > 0)
        {
            var organisation = OrganisationId.Trim();
            // Resolved here, not injected: the directory is the engine's (database-backed) one, absent where only activities are registered.
            var people = context.Services.GetService<IPeopleDirectory>() ?? new NoPeopleDirectory();
            IEnumerable<string> units = [organisation, .. await people.OrganisationAncestorsAsync(organisation, ct)];
            chain.AddRange(units.Select(u => current.Organisations.GetValueOrDefault(u)).OfType<MajorDecisionSettings>());
        }
        chain.Add(current.Defaults);
        chain.Add(MajorDecisionOptions.Henan);
        return chain;
    }
}
