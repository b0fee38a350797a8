using Bpm.Engine.Persistence.Entities;

namespace Bpm.Server.Identity.Responses;

public sealed record TrainingResponse(string Session, DateOnly Date, double Hours)
{
    public static TrainingResponse From(TrainingEntity t) => new(t.Session, t.Date, t.Hours);
}
