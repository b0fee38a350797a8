using Bpm.Server.Auth.Tokens;
using Bpm.Server.Endpoints;
using Bpm.Server.Security;

namespace Bpm.Server.Startup;

/// <summary>The request pipeline and the endpoint map.</summary>
public static class ServerApplicationExtensions
{
    public static WebApplication UseBpmServer(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStoppingAwareRequests();
        app.UseRequestBodyLimits();
        app.UseBpmResponseCompression();
        app.UseStudioFiles();
        app.UseAuthentication();
        app.UseMiddleware<TokenCheckMiddleware>();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapBpmServer(this WebApplication app)
    {
        HealthEndpoints.Map(app);
        var api = app.MapGroup("/api").RequireAuthorization();
        AuthEndpoints.Map(api);
        MeEndpoints.Map(api);
        DirectoryEndpoints.Map(api);
        DeploymentEndpoints.Map(api);
        ProcessDefinitionEndpoints.Map(api);
        ElementStatisticsEndpoints.Map(api);
        Discretion.DiscretionStatisticsEndpoints.Map(api);
        ProcessInstanceEndpoints.Map(api);
        RecordEndpoints.Map(api);
        AccessLogEndpoints.Map(api);
        Records.CaseFiles.CaseFileEndpoints.Map(api);
        DeadlineEndpoints.Map(api);
        CaseCommentEndpoints.Map(api);
        IncidentEndpoints.Map(api);
        MessageEndpoints.Map(api);
        IntegrationClientEndpoints.Map(api);
        UserTaskEndpoints.Map(api);
        FormEndpoints.Map(api);
        DecisionEndpoints.Map(api);
        NotificationEndpoints.Map(api);
        EscalationEndpoints.Map(api);
        ActivityEndpoints.Map(api);
        DocumentEndpoints.Map(api);
        ClockEndpoints.Map(api, app.Services);
        CalendarEndpoints.Map(api);
        ParkedMessageEndpoints.Map(api);
        BusErrorEndpoints.Map(api);
        AgencySimulatorEndpoints.Map(api);
        OrgUnitEndpoints.Map(api);
        UserEndpoints.Map(api);
        PeopleEndpoints.Map(api);
        AuditEndpoints.Map(api);
        PublicDisclosureEndpoints.Map(api);
        ApiFallbackEndpoints.Map(api);
        return app;
    }
}
