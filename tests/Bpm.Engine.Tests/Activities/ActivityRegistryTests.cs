using Bpm.Activities;
using Bpm.Activities.Generic;
using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities;

public sealed class ActivityRegistryTests
{
    [Fact]
    public void Finds_by_type()
    {
        var registry = new ActivityRegistry([ActivityDescriptorBuilder.Build<SampleActivity>(), ActivityDescriptorBuilder.Build<GreeterActivity>()]);

        Assert.Same(typeof(SampleActivity), registry.Find("test:sample")?.ImplementationType);
        Assert.Null(registry.Find("test:unknown"));
        Assert.Equal(2, registry.All.Count);
    }

    [Fact]
    public void Rejects_two_classes_with_one_type()
    {
        var ex = Assert.Throws<ActivityDefinitionException>(() => new ActivityRegistry(
            [ActivityDescriptorBuilder.Build<SampleActivity>(), ActivityDescriptorBuilder.Build<DuplicateSampleActivity>()]));

        Assert.Contains("test:sample", ex.Message);
        Assert.Contains(nameof(DuplicateSampleActivity), ex.Message);
    }

    [Fact]
    public void The_same_class_twice_is_listed_once()
    {
        var descriptor = ActivityDescriptorBuilder.Build<SampleActivity>();

        Assert.Single(new ActivityRegistry([descriptor, descriptor]).All);
    }

    [Fact]
    public void AddBpmActivities_scans_the_assembly_and_registers_registry_invoker_and_activities()
    {
        using var provider = ActivityTestHost.Build(s => s.AddBpmActivities(BpmActivitiesAssembly.Assembly));

        var registry = provider.GetRequiredService<IActivityRegistry>();
        Assert.Equal(
            ["bpm:agency-heads", "bpm:case-file-sampling", "bpm:case-number", "bpm:close-deadlines", "bpm:counter", "bpm:delay", "bpm:disclosure-entry", "bpm:extend-deadline", "bpm:fail", "bpm:generate-document",
                "bpm:late-payment-surcharge", "bpm:log", "bpm:major-decision-check", "bpm:major-penalty-filing-payload", "bpm:officer-qualification-check", "bpm:organisation-units",
                "bpm:pause-deadline", "bpm:payment-record", "bpm:resume-deadline", "bpm:set-variables", "bpm:start-deadline", "bpm:statutory-deadline", "bpm:training-compliance-check", "bpm:unit-officers"],
            registry.All.Select(d => d.Type).Order(StringComparer.Ordinal));
        string[] generic = ["bpm:counter", "bpm:delay", "bpm:fail", "bpm:log", "bpm:set-variables"];
        Assert.All(registry.All, d => Assert.Equal(d.Type switch
        {
            "bpm:start-deadline" or "bpm:close-deadlines" or "bpm:pause-deadline" or "bpm:resume-deadline" or "bpm:extend-deadline" => "期限",
            "bpm:generate-document" => "文书",
            "bpm:disclosure-entry" or "bpm:major-penalty-filing-payload" => "公示与备案",
            _ => generic.Contains(d.Type) ? "通用" : "执法业务",
        }, d.Category));
        Assert.Same(registry, provider.GetRequiredService<IActivityRegistry>());
        Assert.IsType<ActivityInvoker>(provider.GetRequiredService<IActivityInvoker>());
        Assert.NotSame(provider.GetRequiredService<LogActivity>(), provider.GetRequiredService<LogActivity>());
    }

    [Fact]
    public void Repeated_calls_accumulate_and_tolerate_repeats()
    {
        using var provider = ActivityTestHost.Build(s => s
            .AddBpmActivities(BpmActivitiesAssembly.Assembly)
            .AddBpmActivity<SampleActivity>()
            .AddBpmActivities(BpmActivitiesAssembly.Assembly)
            .AddBpmActivity<SampleActivity>());

        var registry = provider.GetRequiredService<IActivityRegistry>();
        Assert.NotNull(registry.Find("test:sample"));
        Assert.NotNull(registry.Find("bpm:log"));
        Assert.Equal(25, registry.All.Count);
    }

    [Fact]
    public void A_duplicate_type_fails_at_registration()
    {
        var services = new ServiceCollection().AddBpmActivity<SampleActivity>();

        Assert.Throws<ActivityDefinitionException>(() => services.AddBpmActivity<DuplicateSampleActivity>());
    }
}
