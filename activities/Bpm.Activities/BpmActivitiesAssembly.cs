using System.Reflection;

namespace Bpm.Activities;

/// <summary>The assembly to scan: <c>services.AddBpmActivities(BpmActivitiesAssembly.Assembly)</c>.</summary>
public static class BpmActivitiesAssembly
{
    public static Assembly Assembly => typeof(BpmActivitiesAssembly).Assembly;
}
