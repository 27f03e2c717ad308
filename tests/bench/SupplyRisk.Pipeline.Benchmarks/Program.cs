using System.Globalization;
using SupplyRisk.Pipeline.Benchmarks;

// Usage: SupplyRisk.Pipeline.Benchmarks raw <amqp-uri> <messages> <warm-up-messages> <max-warm-up-rounds>
//        SupplyRisk.Pipeline.Benchmarks e2e <ingest-url> <api-key> <postgres> <items>
// Prints one line of figures per mode (key=value), read by tests/bench/pipeline.sh.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: raw <amqp-uri> <messages> <warm-up-messages> <max-warm-up-rounds> | e2e <ingest-url> <api-key> <postgres> <items>");
    return 2;
}
switch (args[0])
{
    case "raw" when args.Length == 5:
        var raw = await RawMassTransitBenchmark.RunAsync(new Uri(args[1]), int.Parse(args[2], CultureInfo.InvariantCulture),
            int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
        Console.WriteLine(raw);
        return 0;
    case "e2e" when args.Length == 5:
        var e2e = await EndToEndBenchmark.RunAsync(new Uri(args[1]), args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture));
        Console.WriteLine(e2e);
        return 0;
    default:
        Console.Error.WriteLine("usage: raw <amqp-uri> <messages> <warm-up-messages> <max-warm-up-rounds> | e2e <ingest-url> <api-key> <postgres> <items>");
        return 2;
}
