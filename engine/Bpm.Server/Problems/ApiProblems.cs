namespace Bpm.Server.Problems;

/// <summary>Problem results the endpoints return directly.</summary>
public static class ApiProblems
{
    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: 404, title: "Not found");

    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: 409, title: "Conflict");

    public static IResult Unauthorized(string detail) => Results.Problem(detail, statusCode: 401, title: "Unauthorized");
}
