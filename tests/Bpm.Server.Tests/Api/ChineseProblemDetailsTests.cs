using System.Net;
using System.Net.Http.Json;
using System.Text;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

/// <summary>Every problem the API answers is readable by a Chinese officer: the <c>detail</c> of each problem-producing
/// route and rule below holds Chinese text and no English sentence outside an English gloss in brackets (kept beside
/// older messages for clients and logs) and identifiers (field names, ids, formats; see <see cref="EnglishSentence"/>);
/// <c>title</c>/<c>type</c> stay machine fields; deployment validation names the element by kind, name and id.</summary>
public abstract class ChineseProblemDetailsTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private const string Missing = "987654321987";

    public static readonly TheoryData<string, string, string?, HttpStatusCode> Routes = new()
    {
        { "GET", $"/api/process-instances/{Missing}", null, HttpStatusCode.NotFound },
        { "GET", $"/api/process-instances/{Missing}/history", null, HttpStatusCode.NotFound },
        { "GET", "/api/process-instances/x", null, HttpStatusCode.BadRequest },
        { "GET", "/api/process-instances?state=RUNNING", null, HttpStatusCode.BadRequest },
        { "GET", "/api/process-instances?page=0", null, HttpStatusCode.BadRequest },
        { "POST", "/api/process-instances", "{}", HttpStatusCode.BadRequest },
        { "POST", "/api/process-instances", "{not json", HttpStatusCode.BadRequest },
        { "POST", "/api/process-instances", "[]", HttpStatusCode.BadRequest },
        { "POST", "/api/process-instances", """{"bpmnProcessId":"no-such-process"}""", HttpStatusCode.NotFound },
        { "POST", $"/api/process-instances/{Missing}/cancellation", """{"reason":"立案错误"}""", HttpStatusCode.NotFound },
        { "PUT", $"/api/process-instances/{Missing}/variables/amount", """{"value":1,"reason":"更正"}""", HttpStatusCode.NotFound },
        { "GET", "/api/user-tasks/999999", null, HttpStatusCode.NotFound },
        { "POST", "/api/user-tasks/999999/completion", "{}", HttpStatusCode.NotFound },
        { "POST", "/api/user-tasks/999999/claim", null, HttpStatusCode.NotFound },
        { "GET", "/api/user-tasks/999999/form", null, HttpStatusCode.NotFound },
        { "POST", "/api/incidents/999999/resolution", null, HttpStatusCode.NotFound },
        { "GET", "/api/escalations/999999", null, HttpStatusCode.NotFound },
        { "GET", "/api/process-definitions/999999", null, HttpStatusCode.NotFound },
        { "GET", "/api/process-definitions/999999/xml", null, HttpStatusCode.NotFound },
        { "GET", "/api/process-definitions/999999/statistics", null, HttpStatusCode.NotFound },
        { "GET", "/api/process-definitions/statistics", null, HttpStatusCode.BadRequest },
        { "GET", "/api/process-definitions/statistics?bpmnProcessId=no-such-process", null, HttpStatusCode.NotFound },
        { "GET", "/api/forms/no-such-form", null, HttpStatusCode.NotFound },
        { "GET", "/api/users/nobody-at-all", null, HttpStatusCode.NotFound },
        { "GET", "/api/org-units/nowhere", null, HttpStatusCode.NotFound },
        { "POST", "/api/me/notifications/999999/read", null, HttpStatusCode.NotFound },
        { "GET", "/api/no-such-route", null, HttpStatusCode.NotFound },
        // The working-day calendar.
        { "GET", "/api/calendar/working-days/add?from=2025-13-01&days=1", null, HttpStatusCode.BadRequest },
        { "GET", "/api/calendar/working-days/add?days=1", null, HttpStatusCode.BadRequest },
        { "GET", "/api/calendar/working-days/add?from=2025-10-01", null, HttpStatusCode.BadRequest },
        { "GET", "/api/calendar/working-days/add?from=2025-10-01&days=two", null, HttpStatusCode.BadRequest },
        { "GET", "/api/calendar/working-days/add?from=2025-10-01&days=99999", null, HttpStatusCode.BadRequest },
        { "GET", "/api/calendar/days?from=2025-10-02&to=2025-10-01", null, HttpStatusCode.BadRequest },
        { "GET", "/api/calendar/days?from=2020-01-01&to=2025-01-01", null, HttpStatusCode.BadRequest },
        { "GET", "/api/calendar/years/abc", null, HttpStatusCode.BadRequest },
        { "GET", "/api/calendar/years/1800", null, HttpStatusCode.BadRequest },
        { "PUT", "/api/calendar/years/2031", """{"reason":"补录"}""", HttpStatusCode.BadRequest },
        { "PUT", "/api/calendar/years/2031", """{"reason":"补录","provisional":"yes","entries":[]}""", HttpStatusCode.BadRequest },
        { "PUT", "/api/calendar/years/2031", """{"entries":[]}""", HttpStatusCode.BadRequest },
        { "PUT", "/api/calendar/years/2031", """{"reason":"补录","entries":[1]}""", HttpStatusCode.BadRequest },
        { "PUT", "/api/calendar/years/2031", """{"reason":"补录","entries":[{"name":""}]}""", HttpStatusCode.BadRequest },
        { "PUT", "/api/calendar/years/2031", """{"reason":"补录","entries":[{"name":"春节","restDays":["2040-01-01"]}]}""", HttpStatusCode.BadRequest },
        { "PUT", "/api/calendar/years/2031", """{"reason":"补录","entries":[{"name":"春节","restDays":"2031-01-01"}]}""", HttpStatusCode.BadRequest },
        { "PUT", "/api/calendar/years/2031", """{"reason":"补录","entries":[{"name":"春节","restDays":["2031-01-23"],"makeupWorkdays":["2031-01-23"]}]}""", HttpStatusCode.BadRequest },
        { "PUT", "/api/calendar/years/2031", """{"reason":"补录","entries":[{"name":"春节","makeupWorkdays":["2031-01-22"]}]}""", HttpStatusCode.BadRequest },
        // People and units.
        { "POST", "/api/users", """{"username":"newuser1","password":"short1!","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"在编"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users", """{"username":"newuser1","password":"alllowercase","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"在编"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users", """{"username":"newuser1","password":"Newuser1!x","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"在编"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users", """{"username":"bad name","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"在编"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users", """{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"NO-SUCH","roles":["officer"],"employmentType":"在编"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users", """{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":["janitor"],"employmentType":"在编"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users", """{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":[],"employmentType":"在编"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users", """{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","employmentType":"在编"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users", """{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":["officer"],"groups":[1],"employmentType":"在编"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users", """{"username":"newuser1","password":"Str0ng!pass","displayName":"甲","organisationId":"410100","roles":["officer"],"employmentType":"外包"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users/zhangwei/qualification", """{"number":"Q-1","obtainedOn":"2999-01-01"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users/zhangwei/qualification", """{"number":"Q-1","obtainedOn":"01/01/2020"}""", HttpStatusCode.BadRequest },
        { "POST", "/api/users/zhangwei/trainings", """{"session":"执法培训","date":"2025-01-01","hours":-1}""", HttpStatusCode.BadRequest },
        // Other inputs a person types or picks.
        { "POST", "/api/deployments", "{}", HttpStatusCode.BadRequest },
        { "GET", "/api/access-log?from=2026-01-02T00:00:00%2B08:00&to=2026-01-01T00:00:00%2B08:00", null, HttpStatusCode.BadRequest },
        { "GET", "/api/access-log?from=yesterday", null, HttpStatusCode.BadRequest },
        { "GET", "/api/public/disclosures?from=2026-01-02&to=2026-01-01", null, HttpStatusCode.BadRequest },
        { "GET", "/api/public/disclosures?from=yesterday", null, HttpStatusCode.BadRequest },
        { "GET", "/api/forms/no-such-form?version=0", null, HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task The_detail_of_a_refusal_is_chinese(string method, string url, string? body, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        var problem = await (await Client.SendAsync(request)).ReadProblemAsync(status);
        var detail = (string)problem["detail"]!;
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", detail);
        Assert.Null(EnglishSentence.In(detail));
        if (!url.Contains("no-such-route", StringComparison.Ordinal))
            Assert.DoesNotContain("no API route", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_flow_without_condition_is_named_by_the_gateway_name_and_the_flow_in_chinese()
    {
        var id = UniqueProcessId("gw");
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://bpm.test">
              <bpmn:process id="{id}" name="条件测试" isExecutable="true">
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="major" />
                <bpmn:exclusiveGateway id="major" name="是否重大" />
                <bpmn:sequenceFlow id="Flow_1v9tfv4" sourceRef="major" targetRef="end" />
                <bpmn:sequenceFlow id="f2" name="重大" sourceRef="major" targetRef="end">
                  <bpmn:conditionExpression>=amount &gt; 1</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:endEvent id="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;
        var response = await Client.DeployRawAsync(($"{id}.bpmn", xml));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)problem["detail"]!);
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal("Flow_1v9tfv4", (string?)error["elementId"]);
        Assert.StartsWith("排他网关「是否重大」（major）的出口「Flow_1v9tfv4」没有条件", (string)error["message"]!);
    }
}
