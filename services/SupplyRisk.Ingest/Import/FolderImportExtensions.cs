namespace SupplyRisk.Ingest.Import;

internal static class FolderImportExtensions
{
    public static WebApplicationBuilder AddFolderImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<FolderImporter>();
        return builder;
    }
}
