using MassTransit;
using SupplyRisk.Risk.Api;
using SupplyRisk.Risk.Index;
using SupplyRisk.ServiceDefaults.Database;
using SupplyRisk.ServiceDefaults.Hosting;
using SupplyRisk.ServiceDefaults.Messaging;

var builder = ServiceBuilder.Create(args, defaultPort: 5082);

builder.AddServiceDefaults();
builder.AddPostgres("risk", typeof(Program).Assembly);
builder.AddRiskIndex();
builder.AddBus(bus => bus.AddConsumer<ScoredItemsConsumer, ScoredItemsConsumerDefinition>());

var app = builder.Build();

app.MapServiceDefaults();
app.MapRiskApi();

app.Run();
