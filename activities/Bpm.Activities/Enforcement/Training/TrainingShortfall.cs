namespace Bpm.Activities.Enforcement.Training;

/// <summary>An enforcement officer who attended too few trainings or hours in the year, and why (in Chinese).</summary>
public sealed record TrainingShortfall(string Officer, string Name, int Sessions, decimal Hours, string Reason);
