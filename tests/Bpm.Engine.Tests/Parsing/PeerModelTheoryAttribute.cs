namespace Bpm.Engine.Tests.Parsing;

/// <summary>A theory over the peer-model files that is skipped, with the reason shown, when the folder is absent.</summary>
public sealed class PeerModelTheoryAttribute : TheoryAttribute
{
    public PeerModelTheoryAttribute()
    {
        if (PeerModels.Folder is null)
            Skip = PeerModels.MissingReason;
    }
}
