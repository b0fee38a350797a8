using System.Text.Json.Nodes;
using Bpm.Activities.Generic;
using Bpm.Engine.Activities;

namespace Bpm.Engine.Tests.Activities;

public sealed class ActivityDescriptorBuilderTests
{
    [Fact]
    public void Builds_type_names_category_and_mode()
    {
        var descriptor = ActivityDescriptorBuilder.Build<SampleActivity>();

        Assert.Equal("test:sample", descriptor.Type);
        Assert.Equal("示例", descriptor.DisplayName);
        Assert.Equal("测试", descriptor.Category);
        Assert.Equal("示例活动", descriptor.Description);
        Assert.Equal(ActivityExecutionMode.Inline, descriptor.Mode);
        Assert.Equal(typeof(SampleActivity), descriptor.ImplementationType);
    }

    [Fact]
    public void Mode_defaults_to_job()
    {
        Assert.Equal(ActivityExecutionMode.Job, ActivityDescriptorBuilder.Build<GreeterActivity>().Mode);
    }

    [Fact]
    public void Inputs_are_camel_cased_in_declaration_order_with_kinds_and_required()
    {
        var inputs = ActivityDescriptorBuilder.Build<SampleActivity>().Inputs;

        Assert.Equal(["name", "amount", "count", "enabled", "due", "payload", "tags", "items", "options", "priority"], inputs.Select(i => i.Name));
        Assert.Equal(
            ["String", "Number", "Number", "Boolean", "Date", "Object", "Array", "Array", "Object", "String"],
            inputs.Select(i => i.ValueKind));
        Assert.True(inputs[0].Required);
        Assert.All(inputs.Skip(1), i => Assert.False(i.Required));
        Assert.Equal("姓名", inputs[0].DisplayName);
        Assert.Equal("当事人姓名", inputs[0].Description);
        Assert.Equal("=amount", inputs[1].DefaultValue);
        Assert.Equal(typeof(int?), inputs[2].ClrType);
    }

    [Fact]
    public void Outputs_are_described()
    {
        var outputs = ActivityDescriptorBuilder.Build<SampleActivity>().Outputs;

        Assert.Equal(["greeting", "total"], outputs.Select(o => o.Name));
        Assert.Equal(["String", "Number"], outputs.Select(o => o.ValueKind));
        Assert.Equal("问候语", outputs[0].Description);
    }

    [Fact]
    public void A_property_may_be_both_input_and_output()
    {
        var descriptor = ActivityDescriptorBuilder.Build<CounterActivity>();

        Assert.Contains(descriptor.Inputs, i => i.Name == "count");
        Assert.Contains(descriptor.Outputs, o => o.Name == "count");
    }

    [Fact]
    public void Is_built_once_per_class()
    {
        Assert.Same(ActivityDescriptorBuilder.Build<SampleActivity>(), ActivityDescriptorBuilder.Build(typeof(SampleActivity)));
    }

    [Theory]
    [InlineData(typeof(string), "String")]
    [InlineData(typeof(Guid), "String")]
    [InlineData(typeof(long), "Number")]
    [InlineData(typeof(double?), "Number")]
    [InlineData(typeof(bool), "Boolean")]
    [InlineData(typeof(DateTime), "Date")]
    [InlineData(typeof(DateTimeOffset?), "Date")]
    [InlineData(typeof(JsonArray), "Array")]
    [InlineData(typeof(string[]), "Array")]
    [InlineData(typeof(IEnumerable<int>), "Array")]
    [InlineData(typeof(JsonObject), "Object")]
    [InlineData(typeof(JsonNode), "Object")]
    [InlineData(typeof(IReadOnlyDictionary<string, int>), "Object")]
    [InlineData(typeof(object), "Object")]
    [InlineData(typeof(Uri), "Object")]
    public void Value_kind_follows_the_clr_type(Type type, string kind)
    {
        Assert.Equal(kind, ActivityDescriptorBuilder.ValueKindOf(type));
    }

    [Fact]
    public void A_class_without_the_attribute_is_rejected()
    {
        var ex = Assert.Throws<ActivityDefinitionException>(() => ActivityDescriptorBuilder.Build<NoAttributeActivity>());
        Assert.Contains(nameof(NoAttributeActivity), ex.Message);
        Assert.Contains("[Activity]", ex.Message);
    }

    [Fact]
    public void An_abstract_class_is_rejected_and_not_an_activity()
    {
        Assert.Throws<ActivityDefinitionException>(() => ActivityDescriptorBuilder.Build(typeof(AbstractActivity)));
        Assert.False(ActivityDescriptorBuilder.IsActivity(typeof(AbstractActivity)));
        Assert.True(ActivityDescriptorBuilder.IsActivity(typeof(SampleActivity)));
    }

    [Fact]
    public void An_init_only_input_is_rejected()
    {
        var ex = Assert.Throws<ActivityDefinitionException>(() => ActivityDescriptorBuilder.Build<InitOnlyInputActivity>());
        Assert.Contains("Value", ex.Message);
    }

    [Fact]
    public void A_class_that_is_not_an_activity_is_rejected()
    {
        Assert.Throws<ActivityDefinitionException>(() => ActivityDescriptorBuilder.Build(typeof(string)));
    }

    [Fact]
    public void An_icon_must_be_a_url_or_data_uri()
    {
        Assert.Throws<ActivityDefinitionException>(() => ActivityDescriptorBuilder.Build<BadIconActivity>());
        Assert.StartsWith("data:", ActivityDescriptorBuilder.Build<IconActivity>().Icon);
    }
}
