using System.Text.Json;
using System.Text.Encodings.Web;

namespace Bpm.Contracts.Tests;

public sealed class DocumentationTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BPM.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("BPM.sln not found above the test output.");
    }

    [Fact]
    public void Messaging_doc_describes_every_message()
    {
        var doc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "messaging.md"));
        Assert.All(Contracts.MessageTypes, t =>
        {
            Assert.Contains($"`{Contracts.MessageName(t)}`", doc);
            Assert.Contains(t.Name, doc);
        });
    }

    /// <summary>Set BPM_WRITE_MESSAGE_EXAMPLES to a directory to write each sample as indented JSON (for the docs).</summary>
    [Fact]
    public void Examples_can_be_written_for_the_docs()
    {
        var target = Environment.GetEnvironmentVariable("BPM_WRITE_MESSAGE_EXAMPLES");
        if (string.IsNullOrEmpty(target))
        {
            return;
        }

        var options = new JsonSerializerOptions(Contracts.Json)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        Directory.CreateDirectory(target);
        foreach (var message in Samples.All)
        {
            var type = message.GetType();
            File.WriteAllText(Path.Combine(target, Contracts.MessageName(type) + ".json"),
                JsonSerializer.Serialize(message, type, options));
        }
    }
}
