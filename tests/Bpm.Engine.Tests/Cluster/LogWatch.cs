using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>A logger provider that tells the test when a log line containing <paramref name="text"/> was written.</summary>
public sealed class LogWatch(string text) : ILoggerProvider
{
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Seen => _seen.Task;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogWatch watch) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (formatter(state, exception).Contains(watch.Text, StringComparison.Ordinal)) watch._seen.TrySetResult();
        }
    }

    private string Text => text;
}
