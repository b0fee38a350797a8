using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary>The audio-video records (音像记录) the repository's workflows declare on their user tasks (header
/// <c>evidence</c>), and their upload as an officer does before completing such a step: one small file per required item,
/// of the item's first kind, with its device, capture time and place.</summary>
public static class ScenarioEvidence
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";
    private static readonly Lazy<IReadOnlyDictionary<(string Process, string Element), string>> Declared = new(Read);

    /// <summary>The header's value on the element of the workflow process, or null when it declares none (or the process
    /// is not one of the repository's workflows).</summary>
    public static string? Of(string processId, string elementId) => Declared.Value.GetValueOrDefault((processId, elementId));

    /// <summary>Each required item as its alternative kinds, e.g. <c>video|audio, photo</c> → [[video, audio], [photo]].</summary>
    public static IReadOnlyList<string[]> Items(string header) =>
        header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => item.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    /// <summary>Uploads one evidence item of <paramref name="kind"/> to the task as <paramref name="client"/>'s user.</summary>
    public static async Task UploadAsync(HttpClient client, string taskKey, string kind)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "evidenceKind" },
            { new StringContent("执法记录仪 DSJ-2026-01"), "device" },
            { new StringContent("2026-12-07T09:30:00+08:00"), "capturedAt" },
            { new StringContent("郑州市金水区文化路 8 号"), "place" },
        };
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"{kind} of task {taskKey}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", $"{kind}-{taskKey}.bin");
        var response = await client.PostAsync($"/api/user-tasks/{taskKey}/attachments", form);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"uploading {kind} to task {taskKey}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Uploads what the header requires: for each item, its first kind.</summary>
    public static async Task UploadRequiredAsync(HttpClient client, string taskKey, string header)
    {
        foreach (var item in Items(header)) await UploadAsync(client, taskKey, item[0]);
    }

    /// <summary>Asserts the completion was refused with 409 <c>evidence-required</c> naming the missing item in Chinese and by its kinds.</summary>
    public static async Task AssertMissingAsync(HttpResponseMessage response, string kinds, string chineseNames)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("evidence-required", problem["rule"]!.GetValue<string>());
        var detail = problem["detail"]!.GetValue<string>();
        Assert.Contains($"缺少{chineseNames}（{kinds}）", detail, StringComparison.Ordinal);
        Assert.Equal("evidence", problem["field"]?.GetValue<string>());
    }

    private static Dictionary<(string, string), string> Read()
    {
        var declared = new Dictionary<(string, string), string>();
        foreach (var file in WorkflowFiles.Bpmn)
            foreach (var process in XDocument.Load(file).Descendants(Bpmn + "process"))
                foreach (var task in process.Descendants(Bpmn + "userTask"))
                    if (task.Descendants(Zeebe + "header").FirstOrDefault(h => (string?)h.Attribute("key") == "evidence") is { } header)
                        declared[((string)process.Attribute("id")!, (string)task.Attribute("id")!)] = (string)header.Attribute("value")!;
        return declared;
    }
}
