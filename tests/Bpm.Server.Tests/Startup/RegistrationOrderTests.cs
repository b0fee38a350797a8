using Bpm.Activities;
using Bpm.Activities.Documents;
using Bpm.Activities.Enforcement;
using Bpm.AgencySimulator.Hosting;
using Bpm.Bus.Hosting;
using Bpm.Engine.Activities;
using Bpm.Engine.Expressions;
using Bpm.Engine.Hosting;
using Bpm.Engine.Runtime;
using Bpm.Engine.Time;
using Bpm.Server.Startup;
using Bpm.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Bpm.Server.Tests.Startup;

/// <summary>Registration order cannot change configuration (issue 13, item 4): every order of the public calls a host makes
/// (Program.cs) registers the same services — the implementation each service resolves to, every enumerable service's
/// members, the configured node number, the activities (the discretion module's included) — and keeps the server's
/// start-up work the first hosted service.</summary>
public sealed class RegistrationOrderTests(ITestOutputHelper output)
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Bpm"] = "Data Source=:memory:",
        ["Bpm:Engine:NodeNumber"] = "7",
        ["Bpm:Bus:Transport"] = "InMemory",
    }).Build();

    private static readonly (string Name, Action<IServiceCollection> Register)[] HostCalls =
    [
        ("AddBpmServer", s => s.AddBpmServer(Configuration)),
        ("AddBpmEngine", s => s.AddBpmEngine(Configuration)),
        ("AddBpmActivities", s => s.AddBpmActivities(BpmActivitiesAssembly.Assembly)),
        ("AddBpmEnforcementOptions", s => s.AddBpmEnforcementOptions(Configuration)),
        ("AddBpmDocuments", s => s.AddBpmDocuments(Configuration)),
        ("AddBpmBus", s => s.AddBpmBus(Configuration, bus => bus.AddAgencySimulator(Configuration))),
    ];

    [Fact]
    public void Every_order_of_the_hosts_calls_registers_the_same_services()
    {
        var orders = Permutations(Enumerable.Range(0, HostCalls.Length).ToList()).ToList();
        Assert.Equal(720, orders.Count);
        var programOrder = Describe(Register(orders[0]));

        var differing = new SortedSet<string>(StringComparer.Ordinal);
        var differingOrders = 0;
        foreach (var order in orders.Skip(1))
        {
            var described = Describe(Register(order));
            var differences = programOrder.Except(described).Select(l => "program order: " + l)
                .Concat(described.Except(programOrder).Select(l => "another order: " + l)).ToList();
            if (differences.Count == 0) continue;
            if (differingOrders++ == 0) output.WriteLine("first differing order: " + string.Join(" → ", order.Select(i => HostCalls[i].Name)));
            differing.UnionWith(differences);
        }
        foreach (var line in differing) output.WriteLine(line);
        Assert.True(differingOrders == 0, $"{differingOrders} of {orders.Count} orders register other services than Program.cs's order (see the output).");
    }

    [Fact]
    public void In_every_order_the_node_number_the_discretion_activities_and_the_start_up_work_come_out_the_same()
    {
        foreach (var order in Permutations(Enumerable.Range(0, HostCalls.Length).ToList()))
        {
            var services = Register(order);
            var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)).ToList();
            Assert.Equal(typeof(ServerStartupService), hosted[0].ImplementationType);
            Assert.Single(hosted, d => d.ImplementationType == typeof(ServerStartupService));

            using var provider = services.BuildServiceProvider();
            Assert.Equal(7, provider.GetRequiredService<KeyGenerator>().NodeNumber);
            Assert.Equal(7, provider.GetRequiredService<IOptions<EngineOptions>>().Value.NodeNumber);
            var activities = provider.GetRequiredService<IActivityRegistry>();
            Assert.NotNull(activities.Find("bpm:annual-penalty-figures"));
            Assert.NotNull(activities.Find("bpm:annual-figure-changes"));
            Assert.Equal(activities.All.Count, activities.All.Select(a => a.Type).Distinct().Count());
        }
    }

    /// <summary>Issue 15: the host's clock (here a machine in UTC at 17:30 on 7 December, 01:30 on 8 December in Beijing)
    /// registered before, between or after the engine's calls gives the instant only: FEEL's today(), the business clock and
    /// the engine's step context count the Beijing date in every position.</summary>
    [Fact]
    public void The_business_date_is_beijing_whichever_order_the_host_registers_its_clock_and_the_engine()
    {
        var programOrder = Enumerable.Range(0, HostCalls.Length).ToList();
        var beijingToday = new DateOnly(2026, 12, 8);
        foreach (var order in new[] { programOrder, Enumerable.Reverse(programOrder).ToList() })
        for (var position = 0; position <= order.Count; position++)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton(Configuration);
            for (var i = 0; i <= order.Count; i++)
            {
                if (i == position) services.AddSingleton<TimeProvider>(TestClock.At(new DateTimeOffset(2026, 12, 7, 17, 30, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
                if (i < order.Count) HostCalls[order[i]].Register(services);
            }

            using var provider = services.BuildServiceProvider();
            var where = $"clock registered at position {position} of {string.Join(" → ", order.Select(i => HostCalls[i].Name))}";
            Assert.True(beijingToday.Equals(provider.GetRequiredService<FeelEngine>().ParseExpression("today()").Evaluate(new NoVariables())), where);
            Assert.True(beijingToday == provider.GetRequiredService<BusinessClock>().Today(), where);
            Assert.True(beijingToday == provider.GetRequiredService<Bpm.Engine.Runtime.Execution.EngineContext>().BusinessClock.Today(), where);
        }
    }

    private sealed class NoVariables : IFeelContext
    {
        public bool TryGetVariable(string name, out object? value)
        {
            value = null;
            return false;
        }
    }

    private static ServiceCollection Register(IReadOnlyList<int> order)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Configuration);
        foreach (var call in order) HostCalls[call].Register(services);
        return services;
    }

    /// <summary>One line per registration (so a type registered twice in one order and once in another differs), and per
    /// service type the registration a single resolution gets (the last), except for the types only ever resolved as
    /// enumerables, whose members' order follows the calls' order and means nothing.</summary>
    private static List<string> Describe(IServiceCollection services) =>
        services.GroupBy(d => (d.ServiceType, d.ServiceKey))
            .SelectMany(g => g.Select(d => $"{Name(g.Key.ServiceType)}{Key(g.Key.ServiceKey)} has {Implementation(d)}")
                .Concat(OnlyEnumerated(g.Key.ServiceType) ? [] : [$"{Name(g.Key.ServiceType)}{Key(g.Key.ServiceKey)} -> {Implementation(g.Last())}"]))
            .Order(StringComparer.Ordinal)
            .ToList();

    // EF Core registers the untyped DbContextOptions once per context (the last one wins); nothing resolves it, as every
    // context takes DbContextOptions<TContext> from its pooled factory.
    // Deployment rules are taken all together by the deployer (each adds its problems), so their order means nothing either.
    private static bool OnlyEnumerated(Type type) =>
        type == typeof(IHostedService) || type == typeof(Microsoft.EntityFrameworkCore.DbContextOptions)
        || type == typeof(Bpm.Engine.Deployment.IDeploymentRule)
        || (type.IsGenericType && type.GetGenericTypeDefinition().Namespace == typeof(IConfigureOptions<>).Namespace
            && type.GetGenericTypeDefinition() != typeof(IOptions<>) && type.GetGenericTypeDefinition() != typeof(IOptionsMonitor<>)
            && type.GetGenericTypeDefinition() != typeof(IOptionsSnapshot<>));

    private static string Implementation(ServiceDescriptor d)
    {
        var lifetime = d.Lifetime.ToString();
        if (d.IsKeyedService)
            return lifetime + " " + (d.KeyedImplementationType is { } kt ? Name(kt)
                : d.KeyedImplementationInstance is { } ki ? "instance of " + Name(ki.GetType())
                : "factory " + Method(d.KeyedImplementationFactory!.Method));
        return lifetime + " " + (d.ImplementationType is { } t ? Name(t)
            : d.ImplementationInstance is { } i ? "instance of " + Name(i.GetType())
            : "factory " + Method(d.ImplementationFactory!.Method));
    }

    private static string Method(System.Reflection.MethodInfo method) => $"{Name(method.DeclaringType!)}.{method.Name}";

    private static string Name(Type type) => type.FullName ?? type.Name;

    private static string Key(object? key) => key is null ? "" : $"[{key}]";

    private static IEnumerable<List<int>> Permutations(List<int> items)
    {
        if (items.Count <= 1) { yield return items; yield break; }
        foreach (var first in items)
        foreach (var rest in Permutations(items.Where(i => i != first).ToList()))
            yield return [first, .. rest];
    }
}
