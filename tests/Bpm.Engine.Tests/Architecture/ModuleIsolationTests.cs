using System.Reflection;
using Bpm.Engine.Runtime.Events;

namespace Bpm.Engine.Tests.Architecture;

/// <summary>Domain features on kernel events use only the module API (issue 13, item 2; docs/adr/0007): no module of the
/// engine, activities or modules assemblies names the kernel's runtime state (the step, an instance's or element's execution
/// state, the entities of the kernel's tables) or any non-public type or member of BPM, in its signatures or its code.</summary>
public sealed class ModuleIsolationTests
{
    /// <summary>Modules not moved onto the public API yet, with the reason. Remove an entry when its module moves.</summary>
    private static readonly Dictionary<string, string> NotMovedYet = new(StringComparer.Ordinal)
    {
        ["Bpm.Engine.Escalations.EscalationModule"] = "督办 moves to modules/Bpm.Enforcement in its own change (issue 13, area esc)",
    };

    /// <summary>Namespaces of the kernel's own state: public for the kernel's assemblies, never for a module.</summary>
    private static readonly string[] KernelStateNamespaces =
    [
        "Bpm.Engine.Runtime.State", "Bpm.Engine.Persistence.Entities",
    ];

    private static readonly string[] KernelStateTypes = ["StepExecution", "InstanceExecution", "ElementInstance", "InstanceState"];

    [Fact]
    public void No_module_names_the_kernel_s_runtime_state_or_a_hidden_type()
    {
        var offences = Modules()
            .Where(module => !NotMovedYet.ContainsKey(module.FullName!))
            .SelectMany(module => HiddenReferences(module).Select(reference => $"{module.FullName} uses {reference}"))
            .Distinct()
            .ToList();

        Assert.True(offences.Count == 0, "modules reaching past the module API:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void The_deadline_document_and_notification_modules_are_found()
    {
        var names = Modules().Select(module => module.Name).ToList();

        Assert.Contains("DeadlineModule", names);
        Assert.Contains("CaseDocumentModule", names);
        Assert.Contains("UserTaskNotificationModule", names);
    }

    [Fact]
    public void The_check_catches_a_module_that_reaches_the_step()
    {
        Assert.NotEmpty(HiddenReferences(typeof(ReachesTheStep)));
        Assert.Empty(HiddenReferences(typeof(UsesThePublicApi)));
    }

    /// <summary>Each class of the engine, activities and modules assemblies that handles kernel events: a public module, or
    /// one on the kernel's internal handler interface (looked up by name, so this test outlives it).</summary>
    private static IEnumerable<Type> Modules()
    {
        var engine = typeof(IKernelModule).Assembly;
        var handler = engine.GetType("Bpm.Engine.Runtime.Events.IKernelEventHandler");
        return new[] { engine, Assembly.Load("Bpm.Activities"), Assembly.Load("Bpm.Enforcement") }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false })
            .Where(type => typeof(IKernelModule).IsAssignableFrom(type) || (handler is not null && handler.IsAssignableFrom(type)));
    }

    /// <summary>What <paramref name="module"/> (with its nested closures and state machines) names that a module may not:
    /// in its fields, its method signatures, and the types, methods and fields its code uses.</summary>
    private static IEnumerable<string> HiddenReferences(Type module)
    {
        var own = Nest(module).ToHashSet();
        foreach (var type in own)
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var field in type.GetFields(all))
                foreach (var offence in HiddenTypes(field.FieldType, own)) yield return offence;
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                foreach (var offence in SignatureTypes(method).SelectMany(t => HiddenTypes(t, own))) yield return offence;
                foreach (var member in IlReferences.Of(method))
                    foreach (var offence in HiddenMember(member, own)) yield return offence;
            }
        }
    }

    private static IEnumerable<Type> Nest(Type type) => type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(Nest).Prepend(type);

    private static IEnumerable<Type> SignatureTypes(MethodBase method) =>
        method.GetParameters().Select(p => p.ParameterType).Concat(method is MethodInfo info ? [info.ReturnType] : []);

    private static IEnumerable<string> HiddenMember(MemberInfo member, HashSet<Type> own)
    {
        switch (member)
        {
            case Type type:
                foreach (var offence in HiddenTypes(type, own)) yield return offence;
                yield break;
            case FieldInfo field:
                foreach (var offence in HiddenTypes(field.DeclaringType!, own).Concat(HiddenTypes(field.FieldType, own))) yield return offence;
                if (IsBpm(field.DeclaringType!) && !own.Contains(field.DeclaringType!) && !field.IsPublic)
                    yield return $"the hidden field {field.DeclaringType!.Name}.{field.Name}";
                yield break;
            case MethodBase method:
                foreach (var offence in HiddenTypes(method.DeclaringType!, own).Concat(SignatureTypes(method).SelectMany(t => HiddenTypes(t, own))))
                    yield return offence;
                if (IsBpm(method.DeclaringType!) && !own.Contains(method.DeclaringType!) && !method.IsPublic && !method.IsFamily)
                    yield return $"the hidden member {method.DeclaringType!.Name}.{method.Name}";
                yield break;
        }
    }

    private static IEnumerable<string> HiddenTypes(Type type, HashSet<Type> own)
    {
        if (type.HasElementType)
        {
            foreach (var offence in HiddenTypes(type.GetElementType()!, own)) yield return offence;
            yield break;
        }
        if (type.IsGenericParameter) yield break;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var offence in type.GetGenericArguments().SelectMany(t => HiddenTypes(t, own))) yield return offence;
            type = type.GetGenericTypeDefinition();
        }
        if (!IsBpm(type) || own.Contains(type)) yield break;
        if (KernelStateTypes.Contains(type.Name) || KernelStateNamespaces.Contains(type.Namespace)) yield return $"the kernel's state {type.FullName}";
        else if (!type.IsVisible) yield return $"the hidden type {type.FullName}";
    }

    private static bool IsBpm(Type type) => type.Namespace?.StartsWith("Bpm.", StringComparison.Ordinal) == true && !type.Name.StartsWith('<');

    /// <summary>A module written against the step itself, as the kernel's handlers were: the check must see it.</summary>
    private sealed class ReachesTheStep : IKernelModule
    {
        public Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next) =>
            @event is InstanceEnded ended && ended.Instance.Execution.Key != step.NextKey() ? next() : Task.CompletedTask;
    }

    private sealed class UsesThePublicApi : IKernelModule
    {
        public async Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next)
        {
            if (@event is InstanceEnded ended) step.SetLocal(ended.Instance, ended.Instance.Key, "seen", step.Now.ToString("O"));
            await next();
        }
    }
}
