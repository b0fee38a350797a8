using Bpm.Server.Identity.Storage;

namespace Bpm.Server.Identity.Responses;

public sealed record TrainingResponse(string Session, DateOnly Date, double Hours)
{
    public static TrainingResponse From(TrainingEntity t) => new(t.Session, t.Date, t.Hours);
}
