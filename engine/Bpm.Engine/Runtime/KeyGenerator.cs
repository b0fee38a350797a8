namespace Bpm.Engine.Runtime;

/// <summary>Unique 63-bit keys without a database round trip: milliseconds since 2025-01-01 (41 bits), node number
/// (10 bits), sequence (12 bits). Nodes of one cluster must have different node numbers (Bpm:Engine:NodeNumber).</summary>
public sealed class KeyGenerator
{
    private static readonly long Epoch = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private readonly long _node;
    private readonly object _gate = new();
    private long _lastMs;
    private long _sequence;

    public KeyGenerator(int nodeNumber)
    {
        if (nodeNumber is < 0 or > 1023) throw new ArgumentOutOfRangeException(nameof(nodeNumber), "node number must be 0..1023");
        _node = nodeNumber;
    }

    /// <summary>The node number in every key this generator makes.</summary>
    public int NodeNumber => (int)_node;

    public long Next()
    {
        lock (_gate)
        {
            // Wall-clock based on purpose: keys must stay unique even when a test moves the engine's TimeProvider.
            var ms = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - Epoch, _lastMs);
            if (ms == _lastMs)
            {
                _sequence = (_sequence + 1) & 0xFFF;
                if (_sequence == 0) ms = ++_lastMs;
            }
            else
            {
                _sequence = 0;
            }
            _lastMs = ms;
            return (ms << 22) | (_node << 12) | _sequence;
        }
    }
}
