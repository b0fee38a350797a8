using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Engine.Activities;
using Bpm.Engine.People;
using Bpm.Engine.Tests.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Enforcement;

/// <summary>在编 officers with an enforcement certificate valid on the date, at least two distinct ones.</summary>
public sealed class OfficerQualificationCheckActivityTests : IDisposable
{
    private const string Type = "bpm:officer-qualification-check";

    private static Certificate Valid(string number, string to = "2027-12-31", string status = "valid") =>
        new(number, "河南省行政执法证", "河南省人民政府", new DateOnly(2023, 1, 1), DateOnly.Parse(to), status);

    private readonly ServiceProvider _services = ActivityTestHost.Build(s => s
        // 2025-12-31 20:00 UTC is already 2026-01-01 in China.
        .AddSingleton<TimeProvider>(TestClock.At(new DateTimeOffset(2025, 12, 31, 20, 0, 0, TimeSpan.Zero)))
        .AddSingleton<IPeopleDirectory>(new FakePeopleDirectory()
            .Officer("zhangwei", Person.Permanent, Valid("A1"))
            .Officer("lina", Person.Permanent, Valid("A2"))
            .Officer("chenjing", Person.Permanent, Valid("A3", to: "2025-12-31"))
            .Officer("zhaolei", Person.Permanent, Valid("A4", status: "suspended"))
            .Officer("sunli", "聘用", Valid("A5")))
        .AddBpmActivities(BpmActivitiesAssembly.Assembly));

    public void Dispose() => _services.Dispose();

    private async Task<(bool Qualified, List<string> Officers, List<(string? Officer, string Reason)> Problems)> CheckAsync(
        string[] officers, string? date = null, int? required = null, bool failWithError = false)
    {
        var result = await _services.InvokeAsync(Type, new JsonObject
        {
            ["officers"] = new JsonArray(officers.Select(o => (JsonNode?)o).ToArray()),
            ["date"] = date, ["requiredCount"] = required, ["failWithError"] = failWithError,
        });
        var v = result.Variables;
        return ((bool)v["qualified"]!, v["qualifiedOfficers"]!.AsArray().Select(o => (string)o!).ToList(),
            v["problems"]!.AsArray().Select(p => ((string?)p!["officer"], (string)p["reason"]!)).ToList());
    }

    [Fact]
    public async Task Two_permanent_officers_with_valid_certificates_qualify()
    {
        var (qualified, officers, problems) = await CheckAsync(["zhangwei", "lina"]);

        Assert.True(qualified);
        Assert.Equal(["zhangwei", "lina"], officers);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_default_date_is_today_in_China_so_a_certificate_that_ended_yesterday_fails()
    {
        var (qualified, officers, problems) = await CheckAsync(["zhangwei", "lina", "chenjing"]);

        Assert.False(qualified);
        Assert.Equal(["zhangwei", "lina"], officers);
        var problem = Assert.Single(problems);
        Assert.Equal("chenjing", problem.Officer);
        Assert.Contains("没有在 2026-01-01 有效的行政执法证", problem.Reason);
    }

    [Fact]
    public async Task On_a_given_date_the_certificate_valid_then_counts()
    {
        Assert.True((await CheckAsync(["zhangwei", "chenjing"], date: "2025-12-31")).Qualified);
    }

    [Fact]
    public async Task Suspended_certificates_contract_staff_and_unknown_users_are_each_named()
    {
        var (qualified, officers, problems) = await CheckAsync(["zhaolei", "sunli", "nobody", "zhangwei", "lina"]);

        Assert.False(qualified);
        Assert.Equal(["zhangwei", "lina"], officers);
        Assert.Equal(["zhaolei", "sunli", "nobody"], problems.Select(p => p.Officer));
        Assert.Contains("暂扣或吊销", problems[0].Reason);
        Assert.Contains("不是在编人员", problems[1].Reason);
        Assert.Contains("不是在职人员", problems[2].Reason);
    }

    [Fact]
    public async Task The_same_officer_twice_counts_once_and_leaves_the_team_short()
    {
        var (qualified, officers, problems) = await CheckAsync(["zhangwei", "zhangwei"]);

        Assert.False(qualified);
        Assert.Equal(["zhangwei"], officers);
        Assert.Equal(("zhangwei", null), (problems[0].Officer, problems[1].Officer));
        Assert.Contains("重复", problems[0].Reason);
        Assert.Contains("合格执法人员 1 人，少于规定的 2 人", problems[1].Reason);
    }

    [Fact]
    public async Task The_required_count_can_be_changed()
    {
        Assert.True((await CheckAsync(["zhangwei"], required: 1)).Qualified);
        Assert.False((await CheckAsync(["zhangwei", "lina"], required: 3)).Qualified);
    }

    [Fact]
    public async Task With_failWithError_an_unqualified_team_raises_the_BPMN_error()
    {
        var error = await Assert.ThrowsAsync<BpmnErrorException>(() => CheckAsync(["zhangwei", "sunli"], failWithError: true));

        Assert.Equal("OFFICER_NOT_QUALIFIED", error.ErrorCode);
        Assert.Contains("sunli：", error.Message);
        Assert.True((await CheckAsync(["zhangwei", "lina"], failWithError: true)).Qualified);
    }

    [Theory]
    [InlineData("date", "tomorrow", 2)]
    [InlineData("requiredCount", null, -1)]
    public async Task Bad_inputs_name_the_input(string input, string? date, int required)
    {
        var error = await Assert.ThrowsAsync<ActivityInputException>(() => CheckAsync(["zhangwei"], date, required));
        Assert.Equal(input, error.InputName);
    }
}
