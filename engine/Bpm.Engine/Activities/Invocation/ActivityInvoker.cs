using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Activities;

/// <summary>Runs an activity in its own DI scope: binds inputs from variables, executes, and collects outputs and set variables.</summary>
public sealed class ActivityInvoker(IServiceScopeFactory scopeFactory) : IActivityInvoker
{
    /// <summary>Web defaults (camelCase, numbers from strings) and enums by name; used for inputs and outputs.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateSerializerOptions();

    public async Task<ActivityResult> InvokeAsync(ActivityDescriptor descriptor, ActivityInvocation invocation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(invocation);
        ct.ThrowIfCancellationRequested();

        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var registered = services.GetService(descriptor.ImplementationType);
        var activity = (IActivity)(registered ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType));
        try
        {
            var accessors = ActivityAccessors.For(descriptor.ImplementationType);
            foreach (var input in descriptor.Inputs)
                BindInput(descriptor, input, invocation.Variables, activity, accessors);

            var context = new ActivityContext(invocation, services);
            await activity.ExecuteAsync(context, ct);

            var variables = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            foreach (var output in descriptor.Outputs)
            {
                if (!accessors.Getters.TryGetValue(output.Name, out var getter)) continue;
                variables[output.Name] = JsonSerializer.SerializeToNode(getter(activity), output.ClrType, SerializerOptions);
            }
            foreach (var (name, value) in context.SetVariables)
                variables[name] = value;
            return new ActivityResult(variables, context.Logs.ToArray()) { Documents = context.Documents.ToArray(), ChangedDeadlines = context.ChangedDeadlines.ToArray() };
        }
        finally
        {
            // The scope disposes what it created; an unregistered activity built here is ours to dispose.
            if (registered is null) await DisposeAsync(activity);
        }
    }

    private static void BindInput(ActivityDescriptor descriptor, ActivityPropertyDescriptor input,
        IReadOnlyDictionary<string, JsonNode?> variables, IActivity activity, ActivityAccessors accessors)
    {
        if (!accessors.Setters.TryGetValue(input.Name, out var setter)) return;
        variables.TryGetValue(input.Name, out var node);
        node ??= StaticDefault(input);
        if (node is null)
        {
            if (input.Required)
                throw new ActivityInputException(descriptor.Type, input.Name,
                    $"活动「{descriptor.DisplayName}」（{descriptor.Type}）缺少必填输入「{input.DisplayName}」（{input.Name}），或其值为空");
            return;
        }
        setter(activity, Convert(descriptor, input, node));
    }

    private static object? Convert(ActivityDescriptor descriptor, ActivityPropertyDescriptor input, JsonNode node)
    {
        // FEEL gives numbers and booleans where a text is often meant (a log message, a code); accept them as their text.
        if (input.ClrType == typeof(string) && node is JsonValue scalar
            && scalar.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            return scalar.ToJsonString();
        try
        {
            return node.Deserialize(input.ClrType, SerializerOptions);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException or OverflowException)
        {
            var shown = node.ToJsonString();
            if (shown.Length > 100) shown = shown[..100] + "…";
            throw new ActivityInputException(descriptor.Type, input.Name,
                $"活动「{descriptor.DisplayName}」（{descriptor.Type}）的输入「{input.DisplayName}」（{input.Name}）须为{KindName(input.ValueKind)}（{input.ValueKind}），" +
                $"实际为{KindName(node.GetValueKind())}：{shown}", ex);
        }
    }

    private static string KindName(string valueKind) => valueKind switch
    {
        ActivityValueKind.String => "文本", ActivityValueKind.Number => "数字", ActivityValueKind.Boolean => "是/否",
        ActivityValueKind.Date => "日期", ActivityValueKind.Object => "对象", ActivityValueKind.Array => "列表",
        _ => valueKind,
    };

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "文本", JsonValueKind.Number => "数字", JsonValueKind.True or JsonValueKind.False => "是/否",
        JsonValueKind.Object => "对象", JsonValueKind.Array => "列表", JsonValueKind.Null => "空值",
        _ => kind.ToString(),
    };

    /// <summary>The static (non-FEEL) default of an input, used when its variable is missing.</summary>
    private static JsonNode? StaticDefault(ActivityPropertyDescriptor input)
    {
        var text = input.DefaultValue;
        if (text is null || text.StartsWith('=')) return null;
        if (input.ValueKind == ActivityValueKind.String || input.ValueKind == ActivityValueKind.Date) return JsonValue.Create(text);
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static async ValueTask DisposeAsync(IActivity activity)
    {
        if (activity is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
        else if (activity is IDisposable disposable) disposable.Dispose();
    }

    private static JsonSerializerOptions CreateSerializerOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
