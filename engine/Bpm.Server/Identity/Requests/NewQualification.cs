namespace Bpm.Server.Identity.Requests;

/// <summary>法律职业资格: certificate number and the date it was obtained.</summary>
public sealed record NewQualification(string Number, DateOnly ObtainedOn);
