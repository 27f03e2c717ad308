namespace SupplyRisk.Integration.Tests.Dashboards;

/// <summary>A handful of realistic items, published in the last few days so the decayed news
/// part of the index is far from zero: two tightening, two easing, all touching EV makers.
/// Each call makes the texts unique, so none is taken for a duplicate of an earlier run.</summary>
internal static class DashboardSampleNews
{
    private static readonly (string Title, string Body, double DaysAgo, string Source)[] Items =
    [
        ("Beijing halts rare earth magnet exports while it reviews licences",
         "China's commerce ministry told exporters of rare earth magnets to stop shipments until new export licences are issued. Carmakers in Europe and Japan said the export ban could stop EV motor lines within weeks, because most neodymium magnets for traction motors come from Chinese plants.",
         1.5, "Trade Wire"),
        ("Dysprosium and terbium join China's export control list",
         "China added dysprosium and terbium to its export control list, and exporters must now apply for a licence for every shipment. Automakers warned that supplies of heavy rare earths for electric vehicle motors were running short.",
         2.5, "Metals Ledger"),
        ("China grants magnet export licences to suppliers of US automakers",
         "Beijing granted export licences to several magnet makers that supply US automakers, and shipments of rare earth magnets are expected to resume next week. Carmakers said EV motor production would return to normal.",
         0.5, "Auto Supply Journal"),
        ("Shipments of rare earth magnets resume as licences clear",
         "Customs records show rare earth magnet shipments from China resumed after export licences were approved for carmakers in Germany and Korea. Suppliers of electric vehicle motors said the backlog should clear within a month.",
         0.2, "Port Monitor"),
    ];

    public static object[] Batch()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        return Items.Select((item, i) => (object)new
        {
            title = $"{item.Title} ({run})",
            body = $"{item.Body} Desk reference {run}-{i}.",
            publishedAt = DateTimeOffset.UtcNow.AddDays(-item.DaysAgo).ToString("O"),
            source = item.Source,
            url = $"https://news.example/dashboards/{run}/{i}",
            language = "en",
        }).ToArray();
    }
}
