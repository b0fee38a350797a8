using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Tests.Projections.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bpm.Engine.Tests.Modules.PublicApi;

/// <summary>A domain module written against the public module API only (<see cref="IKernelModule"/>, <see cref="IKernelStep"/>,
/// the public events and views): it writes down every event it hears, per instance; files the <c>note</c> a task was
/// completed with as a row of its own table in the step's transaction (twice for <see cref="Twice"/>, which breaks the
/// primary key and so fails the commit); and sets the process variable <c>heardBy</c> when the instance ends.</summary>
public sealed class PublicApiModule : IKernelModule
{
    public const string Twice = "两次";

    private readonly ConcurrentQueue<(long Instance, string What)> _heard = new();
    private readonly IModel _model;

    public PublicApiModule(IDbContextFactory<NoteDbContext> contexts)
    {
        using var context = contexts.CreateDbContext();
        _model = context.Model;
    }

    public async Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next)
    {
        switch (@event)
        {
            case ElementActivated activated:
                Hear(activated.Instance.Key, "activated " + activated.Node.Id);
                break;
            case ElementCompleted completed:
                Hear(completed.Instance.Key, "completed " + completed.Node.Id);
                break;
            case UserTaskCreated created:
                Hear(created.Instance.Key, $"task created {created.Task.ElementId} on {created.Element.ElementId}");
                break;
            case UserTaskEnded ended:
                Hear(ended.Task.ProcessInstanceKey, $"task ended {ended.Task.ElementId} {ended.Task.State}");
                if (ended.Variables?["note"]?.GetValue<string>() is { } note)
                    for (var i = note == Twice ? 2 : 1; i > 0; i--)
                        step.Changes.Insert(new NoteEntity { ProcessInstanceKey = ended.Task.ProcessInstanceKey, Note = note }, _model);
                break;
            case UserTaskOverdue overdue:
                Hear(overdue.Instance.Key, $"task overdue {overdue.Task.ElementId} {overdue.DueDate.ToUnixTimeSeconds()}");
                break;
            case InstanceEnded ended:
                Hear(ended.Instance.Key, ended.Terminated ? "terminated" : "ended");
                step.SetLocal(ended.Instance, ended.Instance.Key, "heardBy", JsonValue.Create(nameof(PublicApiModule)));
                break;
        }
        await next();
    }

    public List<string> Heard(long instanceKey) => _heard.Where(h => h.Instance == instanceKey).Select(h => h.What).ToList();

    private void Hear(long instanceKey, string what) => _heard.Enqueue((instanceKey, what));
}
