using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Bpm.Engine.People;
using Microsoft.AspNetCore.Mvc;

namespace Bpm.Server.Auth.Policies;

/// <summary>A signed-in caller whose roles a route's named policy refuses gets a 403 problem that names the rule
/// (<c>case-role</c>, <c>admin-role</c>, <c>designer-role</c>, <c>statistics-role</c>, <c>decision-evaluation-role</c>, <c>variable-edit-role</c>, <c>person</c>) with a Chinese message,
/// like every other refusal, instead of an empty 403. The <c>detail</c> is a Chinese sentence naming the person by display
/// name and the rule; programs read the extensions <c>rule</c> and <c>policy</c>. Everything else goes to the default handler.</summary>
internal sealed class PolicyRefusalHandler(IProblemDetailsService problems, IPeopleDirectory people) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    private static readonly Dictionary<string, (string Rule, string Message)> Refusals = new()
    {
        [BpmPolicies.CaseRole] = ("case-role", "只有执法人员、法制审核人员、负责人、监督人或管理员可以查看和办理案件；流程设计人员只能设计流程"),
        [BpmPolicies.CaseComment] = ("case-comment-role", "只有执法人员、法制审核人员、负责人、监督人或管理员可以查看和填写案件意见"),
        [BpmPolicies.PeopleSearch] = ("people-search-role", "只有办案人员、负责人、监督人或管理员可以查找移交对象"),
        [BpmPolicies.Directory] = ("directory-role", "只有流程设计人员或管理员可以在设计器中查找人员、组和角色"),
        [BpmPolicies.Admin] = ("admin-role", "只有管理员可以使用该功能"),
        [BpmPolicies.Designer] = ("designer-role", "只有流程设计人员或管理员可以部署流程"),
        [BpmPolicies.Statistics] = ("statistics-role", "只有流程设计人员、负责人、监督人或管理员可以查看流程统计"),
        [BpmPolicies.DecisionEvaluation] = ("decision-evaluation-role", "只有执法人员、法制审核人员、负责人、流程设计人员或管理员可以试算裁量基准"),
        [BpmPolicies.DiscretionStatistics] = ("discretion-statistics-role", "只有法制审核人员、负责人、监督人或管理员可以查看裁量基准执行统计"),
        [BpmPolicies.AccessLog] = ("access-log-role", "只有负责人、监督人或管理员可以查看调阅记录"),
        [BpmPolicies.CaseFile] = ("case-file-role", "只有执法人员、法制审核人员、负责人、监督人或管理员可以下载电子卷宗"),
        [BpmPolicies.VariableEdit] = ("variable-edit-role", "只有负责人或管理员可以修改案件的流程变量；办案人员通过办理任务填写"),
        [BpmPolicies.Person] = ("person", "该功能只供登录的人员使用"),
    };

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && context.User.Identity?.IsAuthenticated == true && RefusalFor(context) is { } refusal)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            var name = await people.DisplayNameAsync(context.User.Identity.Name ?? "", context.RequestAborted);
            var problem = new ProblemDetails { Status = 403, Title = "Forbidden", Detail = PeopleNames.Refusal(name, refusal.Message) };
            problem.Extensions["rule"] = refusal.Rule;
            problem.Extensions["policy"] = refusal.Policy;
            await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            return;
        }
        await _default.HandleAsync(next, context, policy, result);
    }

    /// <summary>The most specific named policy on the endpoint (the route's own comes after its group's).</summary>
    private static (string Policy, string Rule, string Message)? RefusalFor(HttpContext context)
    {
        var names = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>() ?? [];
        foreach (var name in names.Reverse())
            if (Refusals.TryGetValue(name, out var refusal)) return (name, refusal.Rule, refusal.Message);
        return null;
    }
}
