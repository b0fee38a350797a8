using Bpm.Activities.Documents;
using Bpm.Engine.Activities;
using Bpm.Engine.Runtime;
using Bpm.Engine.UserTasks;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Documents;

/// <summary>Services the document activity needs, with the content store in a temporary directory.</summary>
internal static class DocumentTestServices
{
    public static void Add(IServiceCollection services, string storeDirectory, string? fontPath = null)
    {
        services.AddSingleton(new KeyGenerator(7));
        services.AddSingleton<TimeProvider>(TestClock.AtRealNow());
        services.Configure<AttachmentOptions>(o => o.Directory = storeDirectory);
        services.AddSingleton<Bpm.Engine.UserTasks.Storage.IContentBlobStore, Bpm.Engine.UserTasks.Storage.FileContentBlobStore>();
        services.AddSingleton<AttachmentStore>();
        services.Configure<DocumentOptions>(o =>
        {
            o.FontPath = fontPath;
        });
        services.AddBpmActivity<GenerateDocumentActivity>();
    }

    public static string TemporaryDirectory() => Path.Combine(Path.GetTempPath(), "bpm-documents-" + Guid.NewGuid().ToString("N"));
}
