namespace Bpm.Server.Identity.Requests;

public sealed record NewTraining(string Session, DateOnly Date, double Hours);
