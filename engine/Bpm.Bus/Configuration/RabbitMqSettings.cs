namespace Bpm.Bus.Configuration;

/// <summary><c>Bpm:Bus:RabbitMq</c>: where the broker is and how to log in.</summary>
public sealed class RabbitMqSettings
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";
}
