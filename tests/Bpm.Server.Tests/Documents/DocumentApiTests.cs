using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Documents;

/// <summary>GET /api/process-instances/{key}/documents and GET /api/documents/{documentKey} over a generated decision.</summary>
public abstract class DocumentApiTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private static string Model(string id) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpm.test">
          <bpmn:process id="{id}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="decision">
              <bpmn:extensionElements>
                <zeebe:taskDefinition type="bpm:generate-document" />
                <zeebe:ioMapping><zeebe:input source="=&quot;行政处罚决定书&quot;" target="documentType" /></zeebe:ioMapping>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:userTask id="wait"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="decision" />
            <bpmn:sequenceFlow id="f2" sourceRef="decision" targetRef="wait" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Needs the Chinese font (.ci/services installs fonts-wqy-zenhei).</summary>
    [Fact]
    public async Task The_generated_decision_is_listed_and_downloads_with_its_hash()
    {
        var id = UniqueProcessId("documents");
        await Client.DeployAsync(("documents.bpmn", Model(id)));
        var started = await Client.StartAsync(id, new
        {
            caseNumber = "豫郑市监立〔2026〕0042号",
            decisionNumber = "郑市监罚字〔2026〕15号",
            party = new { name = "郑州某食品有限公司" },
        });
        var key = started["processInstanceKey"].Key();

        var items = await WaitForDocumentsAsync(key);

        var document = Assert.Single(items)!;
        Assert.Equal("penaltyDecision", (string?)document["documentType"]);
        Assert.Equal("行政处罚决定书-郑市监罚字〔2026〕15号.pdf", (string?)document["name"]);
        var response = await Client.GetAsync($"/api/documents/{document["documentKey"].Key()}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("行政处罚决定书-郑市监罚字〔2026〕15号.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal((string?)document["sha256"], hash);
        Assert.Equal(hash, response.Headers.GetValues("X-Content-SHA256").Single());
        Assert.Equal((long)document["size"]!, bytes.Length);
    }

    /// <summary>Issue 16: a document's metadata row is a link of its case's hash chain, so renaming it by SQL is found.</summary>
    [Fact]
    public async Task A_generated_documents_row_is_chained_and_renaming_it_by_sql_is_found()
    {
        var id = UniqueProcessId("documents-chain");
        await Client.DeployAsync(("documents.bpmn", Model(id)));
        var key = (await Client.StartAsync(id, new
        {
            caseNumber = "豫郑市监立〔2026〕0043号",
            decisionNumber = "郑市监罚字〔2026〕16号",
            party = new { name = "郑州某食品有限公司" },
        }))["processInstanceKey"].Key();
        await WaitForDocumentsAsync(key);
        Assert.True((bool)(await Client.GetObjectAsync($"/api/process-instances/{key}/integrity"))["valid"]!);

        await using (var db = await Factory.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync())
        {
            Assert.NotNull(await db.Documents.Where(d => d.ProcessInstanceKey == long.Parse(key, CultureInfo.InvariantCulture)).Select(d => d.ChainPosition).SingleAsync());
            var sql = $"UPDATE documents SET name = '不予处罚决定书.pdf' WHERE process_instance_key = {key}";
            await db.Database.ExecuteSqlRawAsync(sql);
        }
        Assert.False((bool)(await Client.GetObjectAsync($"/api/process-instances/{key}/integrity"))["valid"]!);
    }

    [Fact]
    public async Task Unknown_instance_and_document_answer_404_and_a_designer_is_refused()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/process-instances/123456789/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/documents/123456789")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/documents/abc")).StatusCode);

        using var anonymous = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/documents/123456789")).StatusCode);

        var designer = await CreateUserAsync("designer");
        Assert.Equal(HttpStatusCode.Forbidden, (await designer.GetAsync("/api/documents/123456789")).StatusCode);
        var officer = await CreateUserAsync("officer");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/documents/123456789")).StatusCode);
    }

    private async Task<HttpClient> CreateUserAsync(string role)
    {
        var username = $"{role}{Guid.NewGuid():N}"[..16];
        var created = await Client.PostAsJsonAsync("/api/users", new
        {
            username, password = "Doc@2026pass", displayName = "文书测试", organisationId = "410100", roles = new[] { role }, employmentType = "在编",
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return await Factory.CreateAuthenticatedClientAsync(username, "Doc@2026pass");
    }

    private async Task<JsonArray> WaitForDocumentsAsync(string key)
    {
        // The job runs on the server's background worker; wait for its completion step (bounded).
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var items = await Client.GetItemsAsync($"/api/process-instances/{key}/documents");
            if (items.Count > 0 || DateTime.UtcNow > until) return items;
            await Task.Delay(100);
        }
    }
}

public sealed class DocumentApiSqliteTests(BpmServerFactory<Sqlite> f) : DocumentApiTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class DocumentApiPostgresTests(BpmServerFactory<Postgres> f) : DocumentApiTests(f), IClassFixture<BpmServerFactory<Postgres>>;
