using Bpm.Server.Identity.Requests;

namespace Bpm.Server.Identity.Demo;

/// <summary>A demo user with the records the seed gives them.</summary>
public sealed record DemoPerson(NewUser User, IReadOnlyList<NewCertificate> Certificates, NewQualification? Qualification,
    IReadOnlyList<NewTraining> Trainings);
