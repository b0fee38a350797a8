using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bpm.Server.Problems;

namespace Bpm.Server.Integration;

/// <summary>Reads <c>POST /api/integration-clients</c> bodies: <c>{clientId, name, organisationId, scopes?}</c>.</summary>
public static partial class IntegrationClientRequests
{
    public static NewIntegrationClient New(JsonObject body)
    {
        var clientId = JsonBody.RequiredString(body, "clientId").Trim();
        if (!ClientIdPattern().IsMatch(clientId))
            throw new ApiBadRequestException("clientId 须为 3 至 64 个小写字母、数字、点、连字符或下划线 (3–64 of a-z 0-9 . - _)", "clientId");
        var name = JsonBody.RequiredString(body, "name").Trim();
        var organisationId = JsonBody.RequiredString(body, "organisationId").Trim();
        var scopes = body["scopes"] switch
        {
            null => [IntegrationScopes.Messages],
            JsonArray array => array.Select(s => s?.GetValue<string>() ?? "").ToList(),
            _ => throw new ApiBadRequestException("scopes 须为字符串数组", "scopes"),
        };
        if (scopes.FirstOrDefault(s => !IntegrationScopes.All.Contains(s)) is { } unknown)
            throw new ApiBadRequestException($"未知的授权范围「{unknown}」，可用：{string.Join(", ", IntegrationScopes.All)}", "scopes");
        return new NewIntegrationClient(clientId, name, organisationId, scopes.Distinct().ToList());
    }

    [GeneratedRegex("^[a-z0-9._-]{3,64}$")]
    private static partial Regex ClientIdPattern();
}
