using Bpm.Server.Auth.Policies;
using Microsoft.AspNetCore.Authorization;

namespace Bpm.Server.Integration;

/// <summary>Routes only an integration client may call: evaluates <see cref="BpmPolicies.Integration"/> and answers a person's
/// token (or a client without the scope) with 403 naming the rule, instead of the bare 403 of the authorization middleware.</summary>
public sealed class IntegrationClientFilter(IAuthorizationService authorization, IntegrationClientService clients) : IEndpointFilter
{
    public const string ClientRule = "integration-client-required";
    public const string ScopeRule = "integration-scope-required";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        if ((await authorization.AuthorizeAsync(user, BpmPolicies.Integration)).Succeeded)
        {
            // A token outlives nothing: a client disabled after its token was issued is turned away at once.
            var clientId = user.FindFirst(BpmClaims.Client)!.Value;
            return await clients.IsActiveAsync(clientId, context.HttpContext.RequestAborted)
                ? await next(context)
                : Results.Problem($"集成客户端 {clientId} 已停用", statusCode: 401, title: "Unauthorized");
        }
        var isClient = user.HasClaim(c => c.Type == BpmClaims.Client);
        return isClient
            ? Forbidden($"集成客户端缺少「{IntegrationScopes.Messages}」授权范围", ScopeRule)
            : Forbidden("机构间消息只能由集成客户端（OAuth2 client credentials，POST /api/auth/token grant_type=client_credentials）发布或关联，"
                + "执法人员和管理员的令牌不能发送",
                ClientRule);
    }

    private static IResult Forbidden(string detail, string rule) =>
        Results.Problem(detail, statusCode: 403, title: "Forbidden", extensions: new Dictionary<string, object?> { ["rule"] = rule });
}
