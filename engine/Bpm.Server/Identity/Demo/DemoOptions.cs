namespace Bpm.Server.Identity.Demo;

/// <summary>Configuration section <c>Bpm:Demo</c>.</summary>
public sealed class DemoOptions
{
    /// <summary>Seed the demo organisations and people when the database has no organisation units yet.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>With <see cref="Seed"/>, also start the demo cases (see <see cref="DemoCasesSeeder"/>) once the workflows are deployed.</summary>
    public bool Cases { get; set; } = true;

    /// <summary>With <see cref="Seed"/>, the secret of every demo integration client (one per simulated agency).</summary>
    public string ClientSecret { get; set; } = "Demo-Client@2026";
}
