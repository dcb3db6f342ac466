using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Hearth.Data.Tests")]
