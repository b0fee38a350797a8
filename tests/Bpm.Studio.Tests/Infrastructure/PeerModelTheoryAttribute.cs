namespace Bpm.Studio.Tests.Infrastructure;

/// <summary>A browser theory on the peer models: skipped, saying why, when ../shared/peer-models is not beside the
/// repository, or when Chromium is missing outside CI.</summary>
public sealed class PeerModelTheoryAttribute : TheoryAttribute
{
    public PeerModelTheoryAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.PeerModels))
            Skip = $"{RepositoryPaths.PeerModels} is absent: the peer models (other tools' BPMN files) live beside the repository.";
        else if (Chromium.SkipReason is { } reason)
            Skip = reason;
    }
}
