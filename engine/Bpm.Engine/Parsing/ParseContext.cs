using System.Xml.Linq;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>What the builders of one resource share: the FEEL engine, the root elements and the error sink.</summary>
internal sealed class ParseContext(string resourceName, FeelEngine feel, RootElements roots, List<ValidationError> errors)
{
    private FeelExpression? placeholder;

    public string ResourceName { get; } = resourceName;
    public RootElements Roots { get; } = roots;
    public List<ValidationError> Errors { get; } = errors;

    /// <summary>The same context writing its errors somewhere else (non-executable processes are built but not judged).</summary>
    public ParseContext WithErrorSink(List<ValidationError> sink) => new(ResourceName, feel, Roots, sink);

    public void Error(XElement element, string message, XObject? at = null) =>
        Errors.Add(new ValidationError(element.Attr("id"), message, (at ?? element).Line(), element.Name.LocalName, ResourceName));

    public void Error(FlowElement element, string message) =>
        Errors.Add(new ValidationError(element.Id, message, element.Line, element.ElementType, ResourceName));

    public void ResourceError(string message, int? line) =>
        Errors.Add(new ValidationError(null, message, line, null, ResourceName));

    /// <summary>A static value, or FEEL when the text starts with '=' (zeebe attribute convention).</summary>
    public FeelExpression? Value(XElement owner, string? text, string what, XObject? at = null) =>
        text is null ? null : Compile(owner, text, what, at, () => feel.Parse(text));

    /// <summary>Always FEEL: "=expr" or a bare expression such as <c>amount &gt; 5</c>.</summary>
    public FeelExpression? Expression(XElement owner, string? text, string what, XObject? at = null) =>
        text is null ? null
        : text.StartsWith('=') ? Compile(owner, text, what, at, () => feel.Parse(text))
        : Compile(owner, text, what, at, () => feel.ParseExpression(text));

    /// <summary>A harmless constant used where a required expression could not be compiled (an error is already recorded).</summary>
    public FeelExpression Placeholder => placeholder ??= feel.Parse("invalid");

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private FeelExpression? Compile(XElement owner, string text, string what, XObject? at, Func<FeelExpression> compile)
    {
        try
        {
            return compile();
        }
        catch (FeelSyntaxException ex)
        {
            Error(owner, $"{ElementLabel.Of(owner)}的 {what} 不是有效的 FEEL（位置 {ex.Position}）：{ex.Message}（表达式「{Shorten(text)}」）", at);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Error(owner, $"{ElementLabel.Of(owner)}的 {what} 不是有效的 FEEL：{ex.Message}（表达式「{Shorten(text)}」）", at);
        }
        return null;
    }
}
