namespace Bpm.Engine.Activities;

public interface IActivityRegistry
{
    ActivityDescriptor? Find(string type);
    IReadOnlyList<ActivityDescriptor> All { get; }
}
