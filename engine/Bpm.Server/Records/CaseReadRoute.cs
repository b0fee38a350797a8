using Bpm.Engine.Records;

namespace Bpm.Server.Records;

/// <summary>Endpoint metadata of a route whose reads are recorded in the access log (<see cref="CaseReadFilter"/>), so the
/// routes that return case data can be checked for it.</summary>
public sealed record CaseReadRoute(CaseReadKind Kind, string Resource);
