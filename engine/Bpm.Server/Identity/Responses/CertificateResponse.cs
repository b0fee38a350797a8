using Bpm.Server.Identity.Storage;

namespace Bpm.Server.Identity.Responses;

public sealed record CertificateResponse(string Number, string Type, string IssuedBy, DateOnly ValidFrom, DateOnly ValidTo, string Status)
{
    public static CertificateResponse From(CertificateEntity c) => new(c.Number, c.Type, c.IssuedBy, c.ValidFrom, c.ValidTo, c.Status);
}
