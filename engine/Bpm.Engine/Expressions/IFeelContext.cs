namespace Bpm.Engine.Expressions;

/// <summary>Variable lookup for an evaluation. Values are FEEL values (see <see cref="FeelValues"/>).</summary>
public interface IFeelContext
{
    bool TryGetVariable(string name, out object? value);
}
