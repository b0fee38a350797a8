using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The modules' pipeline of one step: each module in the order it was added, passing the event on with
/// <c>next</c>. The <c>next</c> delegates are made once per step rather than per event and module: with the engine's own
/// modules on the pipeline, a closure and a delegate for every module an event passed cost about 10 KiB per
/// straight-through instance. A <c>next</c> is therefore valid while its module handles the event (as ASP.NET Core's
/// middleware <c>next</c> is); an event published while another is being handled (a module's own step operation)
/// runs through the whole pipeline and then the outer event goes on.</summary>
internal sealed class ModulePipeline
{
    private readonly IReadOnlyList<IKernelModule> _modules;
    private readonly IKernelStep _step;
    private readonly Func<Task>[] _next;
    private KernelEvent? _current;

    public ModulePipeline(IReadOnlyList<IKernelModule> modules, IKernelStep step)
    {
        _modules = modules;
        _step = step;
        _next = new Func<Task>[modules.Count];
        for (var i = 0; i < modules.Count; i++)
        {
            var following = i + 1;
            _next[i] = () => Pass(following);
        }
    }

    public async Task PublishAsync(KernelEvent @event)
    {
        var outer = _current;
        _current = @event;
        try
        {
            await Pass(0);
        }
        finally
        {
            _current = outer;
        }
    }

    private Task Pass(int index) =>
        index < _modules.Count ? _modules[index].HandleAsync(_step, _current!, _next[index]) : Task.CompletedTask;
}
