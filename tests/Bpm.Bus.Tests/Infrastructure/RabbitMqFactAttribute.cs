namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>A test that needs a RabbitMQ broker: skipped, saying why, only when RabbitMQ is not installed at all.</summary>
public sealed class RabbitMqFactAttribute : FactAttribute
{
    public RabbitMqFactAttribute()
    {
        if (!RabbitMqBroker.Installed) Skip = RabbitMqBroker.SkipReason;
    }
}
