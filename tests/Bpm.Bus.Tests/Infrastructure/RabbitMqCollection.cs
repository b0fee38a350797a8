namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>Every RabbitMQ test runs in this one collection, one class at a time: outage tests stop the whole broker.</summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection
{
    public const string Name = "RabbitMQ";
}
