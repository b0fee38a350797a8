using Bpm.Engine.Activities;

namespace Bpm.Server.Endpoints;

/// <summary>An activity descriptor without its CLR types.</summary>
public sealed record ActivityDescriptorResponse(string Type, string DisplayName, string Category, string? Description, string Mode,
    IReadOnlyList<ActivityPropertyResponse> Inputs, IReadOnlyList<ActivityPropertyResponse> Outputs)
{
    public static ActivityDescriptorResponse From(ActivityDescriptor descriptor) => new(
        descriptor.Type, descriptor.DisplayName, descriptor.Category, descriptor.Description, descriptor.Mode.ToString(),
        descriptor.Inputs.Select(ActivityPropertyResponse.From).ToList(),
        descriptor.Outputs.Select(ActivityPropertyResponse.From).ToList());
}
