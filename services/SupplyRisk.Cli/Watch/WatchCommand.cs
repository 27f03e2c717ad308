using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;
using Spectre.Console;
using SupplyRisk.Cli.Settings;

namespace SupplyRisk.Cli.Watch;

/// <summary><c>supplyrisk watch</c>: binds a temporary, exclusive queue to the fanout exchange
/// <c>supplyrisk.sector-risk-changed</c> and prints every SectorRiskChanged as it arrives,
/// until Ctrl+C.</summary>
internal static class WatchCommand
{
    public const string Exchange = "supplyrisk.sector-risk-changed";

    public static Command Create()
    {
        var rabbit = new Option<string?>("--rabbitmq") { Description = "AMQP URI of the broker (default: ConnectionStrings__RabbitMq, then deploy/local/.env)." };
        var command = new Command("watch", "Print sector risk changes as they happen (Ctrl+C to stop).") { rabbit };
        command.SetAction((result, ct) => RunAsync(LocalSettings.RabbitMq(result.GetValue(rabbit)), ct));
        return command;
    }

    private static async Task<int> RunAsync(string uri, CancellationToken ct)
    {
        ConnectionFactory factory;
        try
        {
            factory = new ConnectionFactory { Uri = new Uri(uri), ClientProvidedName = "supplyrisk-cli-watch" };
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException)
        {
            return Cli.Usage($"not an AMQP URI: {e.Message}");
        }
        try
        {
            await using var connection = await factory.CreateConnectionAsync(ct);
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            // Same declaration as the risk service's, so whichever starts first creates it.
            await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct);
            var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: ct);
            await channel.QueueBindAsync(queue.QueueName, Exchange, "", cancellationToken: ct);

            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                Print(delivery.Body.ToArray());
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, ct);
            AnsiConsole.MarkupLine($"[grey]watching {Exchange}; Ctrl+C to stop[/]");
            await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return ExitCodes.Ok;
        }
        catch (BrokerUnreachableException e)
        {
            return Cli.Unreachable($"RabbitMQ at {Redacted(uri)}: {e.InnerException?.Message ?? e.Message}");
        }
        catch (OperationInterruptedException e)
        {
            return Cli.Unreachable($"RabbitMQ at {Redacted(uri)}: {e.Message}");
        }
    }

    /// <summary>Prints the payload (<c>message</c> of MassTransit's envelope) of one event.</summary>
    internal static void Print(byte[] body)
    {
        JsonNode? message;
        try
        {
            var envelope = JsonNode.Parse(body);
            message = envelope?["message"] ?? envelope;
        }
        catch (System.Text.Json.JsonException)
        {
            AnsiConsole.MarkupLine("[yellow]an event that is not JSON was skipped[/]");
            return;
        }
        if (message is null)
        {
            return;
        }
        var direction = (string?)message["direction"];
        var colour = direction == "up" ? "red" : "green";
        AnsiConsole.MarkupLine(
            $"[bold]{Markup.Escape((string?)message["occurredAt"] ?? "")}[/] [bold]{Markup.Escape((string?)message["sector"] ?? "?")}[/] "
            + $"[{colour}]{Markup.Escape(direction ?? "")}[/] {Number(message["previousScore"])} → {Number(message["score"])} "
            + $"({Markup.Escape((string?)message["previousBand"] ?? "")} → {Markup.Escape((string?)message["band"] ?? "")})");
        foreach (var driver in message["drivers"]?.AsArray().Take(5) ?? [])
        {
            AnsiConsole.MarkupLine($"    {Number(driver?["contribution"]),7}  {Markup.Escape((string?)driver?["title"] ?? "")}");
        }
    }

    private static string Number(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<double>(out var d) ? d.ToString("0.0", CultureInfo.InvariantCulture) : "?";

    private static string Redacted(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var u) ? $"{u.Host}:{u.Port}{u.AbsolutePath}" : "the configured address";
}
