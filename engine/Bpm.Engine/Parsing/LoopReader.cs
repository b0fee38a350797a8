using System.Xml.Linq;
using Bpm.Engine.Model;

namespace Bpm.Engine.Parsing;

/// <summary>Reads bpmn:multiInstanceLoopCharacteristics with zeebe:loopCharacteristics; rejects other loop kinds.</summary>
internal static class LoopReader
{
    public static MultiInstanceDefinition? Read(ParseContext ctx, XElement activity)
    {
        if (activity.BpmnChild("standardLoopCharacteristics") is { } standard)
        {
            ctx.Error(activity, $"{ElementLabel.Of(activity)}使用了循环活动（standardLoopCharacteristics），不受支持，请改用带 zeebe:loopCharacteristics 的多实例", standard);
            return null;
        }
        if (activity.BpmnChild("multiInstanceLoopCharacteristics") is not { } loop)
            return null;
        var zeebe = loop.ZeebeExtension("loopCharacteristics");
        if (zeebe?.Attr("inputCollection") is not { } collectionText)
        {
            var cardinality = loop.BpmnChild("loopCardinality") is null ? "" : "；也不支持 loopCardinality";
            ctx.Error(activity, $"{ElementLabel.Of(activity)}的多实例缺少 zeebe:loopCharacteristics inputCollection{cardinality}", loop);
            return null;
        }
        var collection = ctx.Expression(activity, collectionText, "zeebe:loopCharacteristics inputCollection", zeebe);
        var outputElement = ctx.Expression(activity, zeebe.Attr("outputElement"), "zeebe:loopCharacteristics outputElement", zeebe);
        var completion = ConditionReader.Read(ctx, activity, loop.BpmnChild("completionCondition"), "completionCondition");
        if (collection is null)
            return null;
        return new MultiInstanceDefinition
        {
            IsSequential = loop.BoolAttr("isSequential", false),
            InputCollection = collection,
            InputElement = zeebe.Attr("inputElement"),
            OutputCollection = zeebe.Attr("outputCollection"),
            OutputElement = outputElement,
            CompletionCondition = completion,
        };
    }
}
