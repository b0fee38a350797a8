using System.Security.Cryptography;
using Bpm.Activities.Documents;
using Bpm.Engine.Documents;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.UserTasks;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Documents;

/// <summary>The activity as a job in a real engine: the documents row is written by the step that completes the job.</summary>
public abstract class GenerateDocumentEngineTests(DatabaseProvider provider) : IDisposable
{
    private readonly string _store = DocumentTestServices.TemporaryDirectory();

    private static string Model(string id, int retries = 3) => Bpmn.Process(id, $"""
        <bpmn:startEvent id="start" />
        {Bpmn.ServiceTask("decision", DocumentActivities.GenerateType, """<zeebe:ioMapping><zeebe:input source="=&quot;penaltyDecision&quot;" target="documentType" /><zeebe:input source="=case" target="data" /></zeebe:ioMapping>""", retries)}
        <bpmn:userTask id="wait" />
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "decision", "wait", "end")}
        """);

    [ChineseFontFact]
    public async Task The_job_records_the_document_of_the_instance_with_the_hash_of_the_stored_file()
    {
        await using var harness = await EngineHarness.StartIsolatedAsync(provider, s => Configure(s, fontPath: null));
        var id = "doc_" + Guid.NewGuid().ToString("N")[..8];
        await harness.DeployAsync(Model(id));
        var key = await harness.StartAsync(id, new { @case = CaseData.Penalty() }, businessKey: CaseData.CaseNumber);

        var before = await harness.Services.GetRequiredService<CaseDocumentQueries>().ListAsync(key, CancellationToken.None);
        Assert.Empty(before!);
        await harness.RunJobsAsync();

        var document = Assert.Single((await harness.Services.GetRequiredService<CaseDocumentQueries>().ListAsync(key, CancellationToken.None))!);
        Assert.Equal("penaltyDecision", document.DocumentType);
        Assert.Equal(CaseData.CaseNumber, document.BusinessKey);
        Assert.Equal("decision", document.ElementId);
        Assert.Equal(harness.Clock.GetUtcNow(), document.CreatedAt);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(_store, document.Sha256));
        Assert.Equal(document.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(document.Size, bytes.Length);
        var instance = await harness.InstanceAsync(key);
        var output = instance.Variables["documents"]!["penaltyDecision"]!;
        Assert.Equal(document.DocumentKey, (string?)output["documentKey"]);
        Assert.Equal(document.Sha256, (string?)output["sha256"]);
    }

    [Fact]
    public async Task Without_the_font_the_job_ends_in_an_incident_naming_the_package_and_records_nothing()
    {
        await using var harness = await EngineHarness.StartIsolatedAsync(provider, s => Configure(s, fontPath: "/nonexistent/font.ttc"));
        var id = "nofont_" + Guid.NewGuid().ToString("N")[..8];
        await harness.DeployAsync(Model(id, retries: 1));
        var key = await harness.StartAsync(id, new { @case = CaseData.Penalty() });

        await harness.RunJobsAsync();

        var incident = Assert.Single(await harness.Queries.ListIncidentsAsync(key, "ACTIVE", CancellationToken.None));
        Assert.Contains("fonts-wqy-zenhei", incident.ErrorMessage);
        Assert.Empty((await harness.Services.GetRequiredService<CaseDocumentQueries>().ListAsync(key, CancellationToken.None))!);
    }

    private void Configure(IServiceCollection services, string? fontPath)
    {
        services.Configure<AttachmentOptions>(o => o.Directory = _store);
        services.Configure<DocumentOptions>(o =>
        {
            o.FontPath = fontPath;
        });
    }

    public void Dispose()
    {
        if (Directory.Exists(_store)) Directory.Delete(_store, recursive: true);
    }
}

public sealed class GenerateDocumentEngineSqliteTests() : GenerateDocumentEngineTests(DatabaseProvider.Sqlite);
public sealed class GenerateDocumentEnginePostgresTests() : GenerateDocumentEngineTests(DatabaseProvider.Postgres);
