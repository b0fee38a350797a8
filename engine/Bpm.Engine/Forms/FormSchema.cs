namespace Bpm.Engine.Forms;

/// <summary>A parsed form: its id and the shape of the data it submits.</summary>
internal sealed record FormSchema(string Id, FormScope Root);
