using Bpm.Engine.Persistence.States;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bpm.Engine.Persistence.Conversion;

/// <summary>Stores a state enum as the text the column has always held (<see cref="StateText{TState}"/>): no migration.</summary>
internal sealed class StateTextConverter<TState>() : ValueConverter<TState, string>(
    state => StateText<TState>.Of(state), text => StateText<TState>.Parse(text))
    where TState : struct, Enum;
