using Bpm.Engine.Parsing;

namespace Bpm.Engine.Forms;

/// <summary>A parsed form resource: the schema when it is valid, else every problem found.</summary>
internal sealed record FormParseResult(FormSchema? Schema, IReadOnlyList<ValidationError> Errors);
