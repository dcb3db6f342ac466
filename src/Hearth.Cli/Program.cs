using Hearth.Cli;
using Microsoft.Extensions.Configuration;

var configuration = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .Build();

return await HearthCommands.InvokeAsync(configuration, args, Console.Out, Console.Error);
