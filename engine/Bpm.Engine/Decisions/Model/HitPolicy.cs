namespace Bpm.Engine.Decisions.Model;

/// <summary>How a decision table turns its matched rules into a result (DMN 1.3 §8.2.11).</summary>
public enum HitPolicy { Unique, First, Priority, Any, Collect, RuleOrder, OutputOrder }
