using System.Xml;
using Microsoft.Extensions.Options;
using SupplyRisk.Contracts;
using SupplyRisk.Risk.Index;
using SupplyRisk.ServiceDefaults.Http;
using SupplyRisk.ServiceDefaults.Security;

namespace SupplyRisk.Risk.Api;

internal static class RiskEndpoints
{
    public static IEndpointRouteBuilder MapRiskApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/risk").WithTags("Risk").RequireApiKeyForReads();
        group.MapGet("/", GetAll).WithName("GetRisk").WithSummary("Every sector's risk index now")
            .Produces<RiskOverviewResponse>();
        group.MapGet("/{sector}", GetSector).WithName("GetSectorRisk")
            .WithSummary("One sector now: score, band, baseline and news parts, top drivers")
            .Produces<SectorRiskResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{sector}/history", GetHistory).WithName("GetSectorRiskHistory")
            .WithSummary("A sector's index over time (from, to: ISO 8601, 0001-01-02 to 9999-12-31; step: PT1H, 15m, 1d …)")
            .Produces<HistoryResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private const int OverviewDrivers = 3;

    private static async Task<IResult> GetAll(CurrentRisk currentRisk, CancellationToken ct)
    {
        var snapshot = await currentRisk.GetAsync(ct);
        var sectors = new List<SectorRiskResponse>(snapshot.Sectors.Count);
        foreach (var risk in snapshot.Sectors)
        {
            var drivers = await snapshot.DriversAsync(risk.Sector, ct);
            sectors.Add(SectorRiskResponse.From(risk, null, drivers.Take(OverviewDrivers).ToList()));
        }
        return Results.Ok(new RiskOverviewResponse(snapshot.At, sectors));
    }

    private static async Task<IResult> GetSector(string sector, CurrentRisk currentRisk, Baselines baselines, CancellationToken ct)
    {
        if (!Sectors.IsKnown(sector))
        {
            return UnknownSector(sector);
        }
        var snapshot = await currentRisk.GetAsync(ct);
        var risk = snapshot.Sectors.Single(r => r.Sector == sector);
        return Results.Ok(SectorRiskResponse.From(risk, baselines.For(sector).Terms, await snapshot.DriversAsync(sector, ct)));
    }

    private static async Task<IResult> GetHistory(string sector, string? from, string? to, string? step, RiskIndexQueries queries,
        TimeProvider clock, IOptions<RiskOptions> options, CancellationToken ct)
    {
        if (!Sectors.IsKnown(sector))
        {
            return UnknownSector(sector);
        }
        var (range, error) = HistoryRange.Parse(from, to, step, clock.GetUtcNow(), options.Value.MaxHistoryPoints);
        if (range is null)
        {
            return Problems.BadRequest(error!);
        }
        var points = await queries.HistoryAsync(sector, range.From, range.To, range.Step, ct);
        return Results.Ok(new HistoryResponse(sector, range.From, range.To, XmlConvert.ToString(range.Step),
            points.Select(p => new HistoryPoint(p.At, p.Score, p.Band, p.Baseline, p.News)).ToList()));
    }

    private static IResult UnknownSector(string sector) =>
        Problems.NotFound($"Unknown sector '{sector}'. Sectors: {string.Join(", ", Sectors.All)}.");
}
