#:project ../../Hearth.Benchmarks.csproj
#:property PublishAot=false
using System.Globalization;
using Hearth.Benchmarks.Returns;
using Hearth.Returns.CinCensus;

// Writes a synthetic 2025-26 CIN census to a file, streaming, for run.sh: generate.cs FILE CHILDREN REFERRALS
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: generate.cs FILE CHILDREN REFERRALS_IN_YEAR");
    return 1;
}

var year = CinCollectionYear.Year2025To26;
var children = int.Parse(args[1], CultureInfo.InvariantCulture);
var referrals = int.Parse(args[2], CultureInfo.InvariantCulture);
using (var file = File.Create(args[0]))
{
    CinCensusWriter.Write(file, SyntheticCinCensus.Header(year), SyntheticCinCensus.Children(year, children, referrals));
}

Console.WriteLine(FormattableString.Invariant($"Wrote {children:N0} children and {referrals:N0} referrals in the year to {args[0]} ({new FileInfo(args[0]).Length / 1_000_000.0:N0} MB)."));
return 0;
