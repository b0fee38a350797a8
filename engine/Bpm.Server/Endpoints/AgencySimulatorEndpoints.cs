using Bpm.Server.Auth.Policies;
using Bpm.AgencySimulator.Injection;
using Bpm.AgencySimulator.Journal;
using Bpm.Bus.Serialization;
using Bpm.Contracts.V1;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>The agency simulator (admin; 404 unless <c>Bpm:AgencySimulator:Enabled</c>): what the simulated agencies received
/// and answered, and demo input that agencies start on their own (a complaint, a supervision opinion).</summary>
public static class AgencySimulatorEndpoints
{
    private const string Disabled = "The agency simulator is not enabled (Bpm:AgencySimulator:Enabled=true turns it on).";

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agency-simulator").RequireAuthorization(BpmPolicies.Admin);
        group.MapGet("/messages", (IServiceProvider services) =>
            services.GetService<SimulatorJournal>() is { } journal
                ? Results.Ok(new ItemsResponse<SimulatorMessageResponse>(journal.All().Select(SimulatorMessageResponse.From).ToList()))
                : ApiProblems.NotFound(Disabled));
        group.MapPost("/complaints", async (HttpRequest request, IServiceProvider services, CancellationToken ct) =>
        {
            if (services.GetService<AgencySimulatorInjector>() is not { } injector) return ApiProblems.NotFound(Disabled);
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            var complaint = new ComplaintInjection(JsonBody.RequiredString(body, "caseNumber"), JsonBody.RequiredString(body, "content"),
                JsonBody.OptionalString(body, "complainantName"), JsonBody.OptionalString(body, "relatedCaseNumber"));
            return Results.Accepted(value: Sent(await injector.SendComplaintAsync(complaint, ct)));
        });
        group.MapPost("/supervision-opinions", async (HttpRequest request, IServiceProvider services, CancellationToken ct) =>
        {
            if (services.GetService<AgencySimulatorInjector>() is not { } injector) return ApiProblems.NotFound(Disabled);
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            var opinion = new SupervisionOpinionInjection(JsonBody.RequiredString(body, "caseNumber"), JsonBody.OptionalString(body, "finding"),
                JsonBody.OptionalString(body, "requiredCorrection"), JsonBody.OptionalInt(body, "deadlineDays") ?? 30);
            return Results.Accepted(value: Sent(await injector.SendSupervisionOpinionAsync(opinion, ct)));
        });
    }

    private static object Sent(AgencyMessage message) =>
        new { name = MessageCatalog.Of(message.GetType()).Name, message = AgencyMessageJson.ToObject(message) };
}
