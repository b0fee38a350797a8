using System.Net.Sockets;

namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>The local RabbitMQ broker (127.0.0.1:5672, guest/guest) driven through rabbitmqctl: started when installed but
/// not running, its app stopped and started for outage tests, and a virtual host per test class so tests never share queues.</summary>
public static class RabbitMqBroker
{
    public const string Host = "127.0.0.1";
    public const int Port = 5672;

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);
    private static readonly SemaphoreSlim StartGate = new(1, 1);

    public static string? Ctl { get; } = CommandLine.Find("rabbitmqctl");

    public static bool Installed => Ctl is not null;

    public static string SkipReason =>
        "RabbitMQ is not installed (no rabbitmqctl on the PATH); .ci/services installs it (apt-get install rabbitmq-server).";

    /// <summary>Makes sure the broker answers AMQP on port 5672, starting the service or its app when needed.</summary>
    public static async Task EnsureRunningAsync()
    {
        await StartGate.WaitAsync();
        try
        {
            if (await AnswersAsync()) return;
            if ((await CommandLine.RunAsync(Ctl!, "-q status", CommandTimeout)).ExitCode != 0)
                await CommandLine.RunAsync(CommandLine.Find("service") ?? "service", "rabbitmq-server start", CommandTimeout);
            await StartAppAsync();
        }
        finally
        {
            StartGate.Release();
        }
    }

    /// <summary>Stops the broker application (the Erlang node stays up): every connection drops, nothing is accepted.</summary>
    public static async Task StopAppAsync() => await CtlAsync("stop_app");

    public static async Task StartAppAsync()
    {
        await CtlAsync("start_app");
        await CtlAsync("await_startup");
        for (var i = 0; i < 300 && !await AnswersAsync(); i++) await Task.Delay(100);
    }

    public static async Task<string> CreateVirtualHostAsync(string prefix)
    {
        await EnsureRunningAsync();
        var name = $"{prefix}-{Guid.NewGuid():N}";
        await CtlAsync($"add_vhost {name}");
        await CtlAsync($"set_permissions -p {name} guest \".*\" \".*\" \".*\"");
        return name;
    }

    public static async Task DeleteVirtualHostAsync(string name)
    {
        if (await AnswersAsync()) await CtlAsync($"delete_vhost {name}");
    }

    public static async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(Host, Port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task CtlAsync(string arguments)
    {
        var (code, output) = await CommandLine.RunAsync(Ctl!, "-q " + arguments, CommandTimeout);
        if (code != 0) throw new InvalidOperationException($"rabbitmqctl {arguments} failed ({code}): {output}");
    }
}
