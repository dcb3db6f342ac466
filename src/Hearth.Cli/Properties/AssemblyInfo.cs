using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Hearth.Cli.Tests")]
