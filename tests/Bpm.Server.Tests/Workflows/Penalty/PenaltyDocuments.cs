using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;
using PdfSharp.Pdf.IO;

namespace Bpm.Server.Tests.Workflows.Penalty;

/// <summary>The documents a case produced, as the officer sees them: listed by the documents API, each a real PDF whose bytes
/// hash to the SHA-256 the list and the case variable <c>caseDocuments</c> record.</summary>
public sealed class PenaltyDocuments(ScenarioDriver driver)
{
    /// <summary>Waits until the instance has <paramref name="types"/> (in that order), downloads and checks each one, and
    /// returns the listed documents.</summary>
    public async Task<List<JsonObject>> AssertProducedAsync(string instanceKey, params string[] types)
    {
        var officer = await driver.AsAsync(PenaltyCaseSteps.Investigator);
        var items = await ScenarioDriver.EventuallyAsync(async () =>
        {
            var listed = (await officer.GetItemsAsync($"/api/process-instances/{instanceKey}/documents")).Select(d => d!.AsObject()).ToList();
            return listed.Count >= types.Length ? listed : null;
        }, $"{types.Length} documents of instance {instanceKey}");
        Assert.Equal(types, items.Select(d => d["documentType"]!.GetValue<string>()));
        foreach (var item in items)
        {
            var response = await officer.GetAsync($"/api/documents/{item["documentKey"].Key()}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            Assert.Equal(item["sha256"]!.GetValue<string>(), sha256);
            Assert.Equal(sha256, response.Headers.GetValues("X-Content-SHA256").Single());
            using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
            Assert.True(pdf.PageCount >= 1, $"{item["name"]} has no pages");
        }
        return items;
    }

    /// <summary><c>caseDocuments</c> lists the same files (type and hash) in the same order.</summary>
    public static void AssertRecordedInCase(JsonObject variables, IEnumerable<JsonObject> documents)
    {
        var recorded = variables["caseDocuments"]!.AsArray().Select(d => (d!["documentType"]!.GetValue<string>(), d["sha256"]!.GetValue<string>()));
        Assert.Equal(documents.Select(d => (d["documentType"]!.GetValue<string>(), d["sha256"]!.GetValue<string>())), recorded);
    }

    /// <summary>Archiving added 卷内目录 and 备考表, numbered with the archive number, as the last two entries of
    /// <c>caseDocuments</c>.</summary>
    public static void AssertArchivedWithIndexAndNotes(JsonObject variables, string archiveNumber)
    {
        var recorded = variables["caseDocuments"]!.AsArray().Select(d => d!.AsObject()).ToList();
        Assert.Equal([("caseFileIndex", "卷内目录", archiveNumber), ("caseFileNotes", "备考表", archiveNumber)],
            recorded[^2..].Select(d => (d["documentType"]!.GetValue<string>(), d["title"]!.GetValue<string>(), d["documentNumber"]!.GetValue<string>())));
        Assert.Equal([$"卷内目录-{archiveNumber}.pdf", $"备考表-{archiveNumber}.pdf"], recorded[^2..].Select(d => d["fileName"]!.GetValue<string>()));
    }
}
