using Bpm.Engine.Runtime;

namespace Bpm.Engine.Time;

/// <summary>The engine's clock when <c>Bpm:Testing:ControllableClock</c> is true (never by default): real time until
/// pinned, then the pinned instant. The first pin may be any instant, past or future (to replay a holiday season, say);
/// after that time only moves forward. <see cref="Moved"/> lets the job worker and timer sweep react at once.</summary>
public sealed class ControllableClock(TimeProvider real) : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset? _pinned;
    private bool _everPinned;

    public event Action? Moved;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _pinned ?? real.GetUtcNow();
    }

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public bool IsPinned
    {
        get { lock (_gate) return _pinned is not null; }
    }

    /// <summary>Pins the clock. Throws <see cref="EngineConflictException"/> when, after the first pin, the instant lies
    /// before the clock's current time.</summary>
    public void Pin(DateTimeOffset instant)
    {
        lock (_gate)
        {
            var now = _pinned ?? real.GetUtcNow();
            if (_everPinned && instant < now)
                throw new EngineConflictException($"the clock only moves forward: {instant:O} is before {now:O}");
            _pinned = instant.ToUniversalTime();
            _everPinned = true;
        }
        Moved?.Invoke();
    }

    /// <summary>Back to real time.</summary>
    public void Release()
    {
        lock (_gate) _pinned = null;
        Moved?.Invoke();
    }
}
