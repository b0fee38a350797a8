using System.Xml.Linq;

namespace Bpm.Engine.Decisions.Parsing;

/// <summary>The DMN model namespaces read: 1.2, 1.3, 1.4 and 1.5 (DMNDI, the diagram, is ignored).</summary>
internal static class DmnNamespaces
{
    public static readonly IReadOnlyList<XNamespace> Model =
    [
        "https://www.omg.org/spec/DMN/20180521/MODEL/",
        "https://www.omg.org/spec/DMN/20191111/MODEL/",
        "https://www.omg.org/spec/DMN/20211108/MODEL/",
        "https://www.omg.org/spec/DMN/20230324/MODEL/",
    ];

    public static bool IsModel(XNamespace ns) => Model.Contains(ns);
}
