namespace Bpm.Server.Identity.Storage;

/// <summary>A user's attendance of one training session on one date.</summary>
public sealed class TrainingEntity
{
    public string Username { get; set; } = "";
    public string Session { get; set; } = "";
    public DateOnly Date { get; set; }
    public double Hours { get; set; }
}
