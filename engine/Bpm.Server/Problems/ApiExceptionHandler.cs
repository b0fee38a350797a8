using Bpm.Engine.Deployment;
using Bpm.Engine.Forms;
using Bpm.Engine.Runtime;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Bpm.Server.Problems;

/// <summary>Turns every exception into an RFC 7807 problem: engine exceptions to 400/404/409, an unreachable or busy database
/// to 503 with Retry-After, anything else to a plain 500 with no internals (the exception is logged, never sent).</summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            exception = Startup.RequestBodyLimits.Refusal(httpContext.Request);
        var problem = DatabaseUnavailable.Is(exception) ? Unavailable() : ToProblem(exception);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "Database unavailable for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        else if (problem.Status >= 500)
            logger.LogError(exception, "Unhandled error for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    private static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        EngineNotFoundException e => Problem(404, "Not found", e.Message),
        Bpm.Engine.Records.CaseArchivedException e => WithRule(Problem(409, "Case archived", e.Message), Bpm.Engine.Records.CaseArchivedException.Rule),
        EngineConflictException e => Problem(409, "Conflict", e.Message),
        Bpm.Engine.UserTasks.UserTaskAccessDeniedException e => WithRule(Problem(403, "Forbidden", e.Message), e.Rule),
        Bpm.Engine.Cases.CaseAccessDeniedException e => WithRule(Problem(403, "Forbidden", e.Message), e.Rule),
        InvalidCommandException e => WithField(Problem(400, "Invalid request", e.Message), e.Field),
        ApiBadRequestException e => WithField(Problem(400, "Invalid request", e.Message), e.Field),
        RuleViolationException e => Violated(e.Message, e.Rule, e.Law, e.Field),
        Bpm.Engine.UserTasks.UserTaskRuleViolationException e => Violated(e.Message, e.Rule, e.Law, e.Field),
        Bpm.Engine.Deadlines.DeadlineExtensionLimitException e => WithDeadline(Violated(e.Message, Bpm.Engine.Deadlines.DeadlineExtensionLimitException.Rule, e.Basis ?? "", "days"), e),
        DeploymentRejectedException e => Rejected(e),
        Bpm.Engine.Limits.SizeLimitExceededException e => LimitExceeded(e),
        Bpm.Engine.Expressions.FeelLimitExceededException e => EvaluationLimitExceeded(e),
        FormValidationException e => InvalidForm(e),
        Bpm.Engine.Decisions.Evaluation.DecisionEvaluationException e => DecisionFailed(e),
        BadHttpRequestException e => Problem(e.StatusCode, "Invalid request", BadRequestDetail(e)),
        OperationCanceledException => Problem(499, "Request cancelled", "请求已取消"),
        _ => Problem(500, "Internal server error", Environment.GetEnvironmentVariable("BPM_DEBUG_ERRORS") == "1" ? exception.ToString() : "服务器内部错误，已记录日志，请稍后重试或联系管理员"),
    };

    private const string RetryAfterSeconds = "5";

    private static ProblemDetails Unavailable() => Problem(503, "Service unavailable",
        "数据库暂时不可用，请求未被处理，请稍后重试");

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithDeadline(ProblemDetails problem, Bpm.Engine.Deadlines.DeadlineExtensionLimitException e)
    {
        problem.Extensions["deadline"] = e.Deadline;
        problem.Extensions["maxExtensionDays"] = e.Maximum;
        problem.Extensions["extendedDays"] = e.AlreadyExtended;
        return problem;
    }

    private static ProblemDetails WithField(ProblemDetails problem, string? field)
    {
        if (field is not null)
            problem.Extensions["field"] = field;
        return problem;
    }

    private static ProblemDetails Violated(string message, string rule, string law, string? field)
    {
        var problem = WithField(Problem(409, "Rule violated", message), field);
        problem.Extensions["rule"] = rule;
        problem.Extensions["law"] = law;
        return problem;
    }

    /// <summary>413 for a size, 400 for a length; <c>limit</c> names the setting and its value.</summary>
    private static ProblemDetails LimitExceeded(Bpm.Engine.Limits.SizeLimitExceededException e)
    {
        var problem = e.IsLength
            ? WithField(Problem(400, "Invalid request", e.Message), e.Field)
            : WithField(Problem(413, "Payload too large", e.Message), e.Field);
        problem.Extensions["limit"] = new Dictionary<string, object> { ["name"] = e.Limit, ["value"] = e.LimitValue };
        return problem;
    }

    /// <summary>An expression evaluated for the request (e.g. a form's conditions) ran out of its budget.</summary>
    private static ProblemDetails EvaluationLimitExceeded(Bpm.Engine.Expressions.FeelLimitExceededException e)
    {
        var problem = Problem(422, "Evaluation limit exceeded", e.Message);
        problem.Extensions["limit"] = new Dictionary<string, object> { ["name"] = $"Bpm:Engine:Evaluation:{e.Limit}", ["value"] = e.Value };
        return problem;
    }

    private static ProblemDetails WithRule(ProblemDetails problem, string rule)
    {
        problem.Extensions["rule"] = rule;
        return problem;
    }

    private static ProblemDetails Rejected(DeploymentRejectedException e)
    {
        var problem = Problem(400, "Deployment rejected", e.Message);
        problem.Extensions["errors"] = e.Errors
            .Select(error => new DeploymentErrorResponse(error.ElementId, error.Message, error.Line, error.ResourceName, error.ElementType))
            .ToList();
        return problem;
    }

    /// <summary>The facts given make the decision fail (a violated hit policy, a value outside its allowed values).</summary>
    private static ProblemDetails DecisionFailed(Bpm.Engine.Decisions.Evaluation.DecisionEvaluationException e)
    {
        var problem = Problem(422, "Decision evaluation failed", e.Message);
        problem.Extensions["decisionId"] = e.DecisionId;
        return problem;
    }

    /// <summary>Every bad field in <c>errors</c>; <c>field</c> names the first, like any other 400.</summary>
    private static ProblemDetails InvalidForm(FormValidationException e)
    {
        var problem = WithField(Problem(400, "Invalid form submission", e.Message), e.Errors.FirstOrDefault()?.Field);
        problem.Extensions["formId"] = e.FormId;
        problem.Extensions["formVersion"] = e.Version;
        problem.Extensions["errors"] = e.Errors.Select(error => new FormFieldErrorResponse(error.Field, error.Message)).ToList();
        return problem;
    }

    private static string BadRequestDetail(BadHttpRequestException e) =>
        e.InnerException is System.Text.Json.JsonException json
            ? $"请求体不是有效的 JSON（第 {json.LineNumber + 1} 行附近）"
            : $"请求无效 ({e.Message})";
}
