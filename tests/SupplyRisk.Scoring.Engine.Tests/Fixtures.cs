namespace SupplyRisk.Scoring.Engine.Tests;

/// <summary>Test inputs. <see cref="ReferencePage"/> is written for this project in its own
/// words with the shape of the scraped seed page: a breadcrumb title, the title again, a photo
/// caption printed twice, a channel promo line, a background paragraph about the April
/// suspension and new facts (temporary licences, shipments expected to resume).</summary>
internal static class Fixtures
{
    internal static readonly DateTimeOffset June10 = new(2025, 6, 10, 9, 0, 0, TimeSpan.Zero);

    internal const string ReferenceTitle = "News World Washington Presses Beijing Over Rare Earth Supplies";

    internal const string ReferenceBody = """
        Washington Presses Beijing Over Rare Earth Supplies

        Delegations met for a second day as both capitals tried to keep a fragile trade truce alive.
        Delegates walk into a government building before the US-China talks in London, Britain, June 10, 2025. REUTERS/Jane Doe
        Delegates walk into a government building before the US-China talks in London, Britain, June 10, 2025. REUTERS/Jane Doe

        Negotiators from the two largest economies resumed talks in London on Tuesday, with the fate of critical mineral flows at the top of the agenda.

        Follow us on our WhatsApp channel for more updates

        Background

        In April, Beijing's move to suspend exports of several heavy rare earths and the magnets made from them disrupted carmakers, aircraft manufacturers, chip companies and weapons makers worldwide.

        What Changed This Week

        People briefed on the matter said on Monday that China has granted temporary export licences to magnet suppliers serving the largest US automakers. Officials expect rare earth shipments to the US to resume within weeks.

        The dollar was little changed and oil prices edged lower.
        """;

    internal static NewsText Reference => new(ReferenceTitle, ReferenceBody, June10);
}
