namespace SupplyRisk.Contracts;

/// <summary>The services' own durable queues. Publishers bind them to their exchanges too, so a
/// message published before its consumer ever started waits in the queue instead of being
/// dropped by an exchange with no bindings (RabbitMQ delivers a message once per queue,
/// however many bindings lead there).</summary>
public static class QueueNames
{
    public const string Scoring = "supplyrisk-scoring";
    public const string Risk = "supplyrisk-risk";
}
