using Xunit.Abstractions;

namespace Bpm.Engine.Tests.Parsing;

/// <summary>A peer-model file as theory data. xUnit cuts string arguments to 50 characters in test names, which made
/// long paths collide; this type shows the whole path.</summary>
public sealed class PeerModelFile : IXunitSerializable
{
    public PeerModelFile()
    {
    }

    public PeerModelFile(string relativePath) => RelativePath = relativePath;

    public string RelativePath { get; private set; } = "";

    public void Deserialize(IXunitSerializationInfo info) => RelativePath = info.GetValue<string>(nameof(RelativePath));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(RelativePath), RelativePath);

    public override string ToString() => RelativePath;
}
