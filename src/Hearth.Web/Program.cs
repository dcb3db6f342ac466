using Hearth.Data;
using Hearth.Web.Infrastructure;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;

var builder = WebApplication.CreateBuilder(args);

builder.AddHearthWeb();
builder.Services.AddHearthData(builder.Configuration);
builder.Services.AddHealthChecks().AddDbContextCheck<HearthDbContext>();
builder.AddHearthAuthentication();
builder.Services.AddHearthAccess();
builder.Services.Configure<Hearth.Domain.FrontDoor.FrontDoorOptions>(builder.Configuration.GetSection("Hearth:FrontDoor"));

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseHearthWeb();
app.UseHearthAuthentication();
app.MapHearthWeb();

app.Run();
