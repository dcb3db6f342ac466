using Hearth.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddHearthWeb();

var app = builder.Build();

app.UseHearthWeb();
app.MapHearthWeb();

app.Run();
