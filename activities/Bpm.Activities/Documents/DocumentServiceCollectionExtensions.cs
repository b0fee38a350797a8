using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Activities.Documents;

public static class DocumentServiceCollectionExtensions
{
    /// <summary>Binds <see cref="DocumentOptions"/> to <c>Bpm:Documents</c> (font path, PDFsharp license choice).</summary>
    public static IServiceCollection AddBpmDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.Section));
        return services;
    }
}
