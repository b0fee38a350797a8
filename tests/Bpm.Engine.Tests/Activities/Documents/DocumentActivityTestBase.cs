using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Documents;

/// <summary>The document activities over a temporary content store, deleted after each test.</summary>
public abstract class DocumentActivityTestBase : IDisposable
{
    protected string Store { get; } = DocumentTestServices.TemporaryDirectory();

    protected ServiceProvider Services { get; }

    protected DocumentActivityTestBase() => Services = ActivityTestHost.Build(s => DocumentTestServices.Add(s, Store));

    public void Dispose()
    {
        Services.Dispose();
        if (Directory.Exists(Store)) Directory.Delete(Store, recursive: true);
        GC.SuppressFinalize(this);
    }
}
