namespace Bpm.Studio.Tests.Infrastructure;

/// <summary>Browser test classes share one server and browser.</summary>
[CollectionDefinition(Name)]
public sealed class StudioCollection : ICollectionFixture<StudioFixture>
{
    public const string Name = "studio";
}
