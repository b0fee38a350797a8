using Bpm.Engine.Records;

namespace Bpm.Server.Records;

public static class CaseReadEndpointExtensions
{
    /// <summary>Records each successful call in the access log (see <see cref="CaseReadFilter"/>); <paramref name="resource"/>
    /// names what is read (instance, history, documents, task, task-form ...).</summary>
    public static RouteHandlerBuilder RecordsCaseRead(this RouteHandlerBuilder route, CaseReadKind kind, string resource) =>
        route.AddEndpointFilter(new CaseReadFilter(kind, resource)).WithMetadata(new CaseReadRoute(kind, resource));
}
