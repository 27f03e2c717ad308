using SupplyRisk.Contracts;
using SupplyRisk.Ingest;
using SupplyRisk.Ingest.Feeds;
using SupplyRisk.Ingest.Import;
using SupplyRisk.Ingest.News;
using SupplyRisk.ServiceDefaults.Database;
using SupplyRisk.ServiceDefaults.Hosting;
using SupplyRisk.ServiceDefaults.Messaging;

var builder = ServiceBuilder.Create(args, defaultPort: 5080);

builder.AddServiceDefaults();
builder.AddPostgres("ingest", typeof(Program).Assembly);
builder.AddIngestion();
builder.AddFolderImport();
builder.AddFeeds();
builder.AddBus(durableSubscribers: bus =>
    bus.BindDurableSubscriber<NewsItemIngested>(EntityNames.NewsItemIngested, QueueNames.Scoring));

var app = builder.Build();

app.MapServiceDefaults();
app.MapNewsApi();

app.Run();
