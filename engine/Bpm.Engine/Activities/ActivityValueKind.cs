namespace Bpm.Engine.Activities;

/// <summary>The values of <see cref="ActivityPropertyDescriptor.ValueKind"/>.</summary>
public static class ActivityValueKind
{
    public const string String = "String";
    public const string Number = "Number";
    public const string Boolean = "Boolean";
    public const string Date = "Date";
    public const string Object = "Object";
    public const string Array = "Array";
}
