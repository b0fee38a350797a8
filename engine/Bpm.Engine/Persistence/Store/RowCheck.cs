namespace Bpm.Engine.Persistence.Store;

/// <summary>The number of rows a statement must touch, else the commit fails as a conflict with <see cref="Conflict"/>.</summary>
internal sealed record RowCheck(int Rows, string Conflict);
