namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>Polls a condition until it holds or a timeout passes (bus delivery is asynchronous).</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}; last value: {value}");
            await Task.Delay(50);
        }
    }

    public static Task WaitAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        WaitAsync(() => Task.FromResult(condition()), ok => ok, what, timeout);
}
