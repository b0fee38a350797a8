namespace Bpm.Engine.Persistence.Migrations;

/// <summary>One embedded SQL file: its version is the file name without extension (e.g. 0001_initial).</summary>
internal sealed record MigrationScript(string Version, string Sql);
