using SupplyRisk.Contracts;
using MassTransit;
using SupplyRisk.Scoring.Api;
using SupplyRisk.Scoring.Scoring;
using SupplyRisk.ServiceDefaults.Database;
using SupplyRisk.ServiceDefaults.Hosting;
using SupplyRisk.ServiceDefaults.Messaging;

var builder = ServiceBuilder.Create(args, defaultPort: 5081);

builder.AddServiceDefaults();
builder.AddPostgres("scoring", typeof(Program).Assembly);
builder.AddScoring();
builder.AddBus(
    bus => bus.AddConsumer<ScoreNewsItemsConsumer, ScoreNewsItemsConsumerDefinition>(),
    bus => bus.BindDurableSubscriber<NewsItemScored>(EntityNames.NewsItemScored, QueueNames.Risk));

var app = builder.Build();

app.MapServiceDefaults();
app.MapScoringApi();

app.Run();
