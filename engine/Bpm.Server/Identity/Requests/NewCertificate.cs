namespace Bpm.Server.Identity.Requests;

public sealed record NewCertificate(string Number, string Type, string IssuedBy, DateOnly ValidFrom, DateOnly ValidTo, string Status);
