using Microsoft.EntityFrameworkCore.Metadata;

namespace Bpm.Engine.Runtime.Events;

/// <summary>The rows of a module's own tables a step writes (module API): committed in the step's transaction, rolled back
/// with it. See <see cref="Persistence.StepChangeSet"/> for the rules of <see cref="Track{T}"/>.</summary>
public interface IModuleRows
{
    /// <summary>Inserts <paramref name="row"/> into the table <paramref name="model"/> maps <typeparamref name="T"/> to.</summary>
    void Insert<T>(T row, IModel? model = null) where T : class;

    /// <summary>Marks a stored row this step changes; call it BEFORE changing the row (its concurrency tokens are taken now).</summary>
    void Track<T>(T row, IModel model) where T : class;

    /// <summary>This step's rows of type <typeparamref name="T"/>, inserted or tracked: the versions that win over stored ones.</summary>
    IEnumerable<T> RowsOf<T>() where T : class;

    /// <summary>Whether this step inserts <paramref name="row"/> (rather than changing a stored row).</summary>
    bool IsNew(object row);
}
