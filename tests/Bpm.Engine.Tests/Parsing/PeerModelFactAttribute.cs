namespace Bpm.Engine.Tests.Parsing;

/// <summary>A fact over the peer-model files that is skipped, with the reason shown, when the folder is absent.</summary>
public sealed class PeerModelFactAttribute : FactAttribute
{
    public PeerModelFactAttribute()
    {
        if (PeerModels.Folder is null)
            Skip = PeerModels.MissingReason;
    }
}
