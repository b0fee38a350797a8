namespace Bpm.Engine.Activities;

/// <summary>A custom activity: a C# class with <see cref="ActivityAttribute"/>, typed <see cref="InputAttribute"/> and
/// <see cref="OutputAttribute"/> properties, resolved through DI per execution.</summary>
public interface IActivity
{
    ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}
