namespace Bpm.Engine.Expressions;

/// <summary>A FEEL years-and-months duration (P1Y2M), as a total number of months.</summary>
public readonly record struct YearsMonthsDuration(int TotalMonths);
