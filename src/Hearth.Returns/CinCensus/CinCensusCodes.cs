using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Xml;
using System.Xml.Schema;

namespace Hearth.Returns.CinCensus;

/// <summary>
/// The code lists of one collection year, read from that year's schema so that the rules and the schema can
/// never disagree: ethnicity, disability, referral source and the rest.
/// </summary>
public sealed class CinCensusCodes
{
    private static readonly ConcurrentDictionary<CinCollectionYear, CinCensusCodes> s_byYear = new();

    private CinCensusCodes(XmlSchemaSet schemas)
    {
        Sexes = Enumeration(schemas, "sextype");
        UpnUnknownReasons = Enumeration(schemas, "unknownupntype");
        Ethnicities = Enumeration(schemas, "ethnicitytype");
        Disabilities = Enumeration(schemas, "disabilitytype");
        ReferralSources = Enumeration(schemas, "referralsourcetype");
        PrimaryNeeds = Enumeration(schemas, "primaryneedcodetype");
        ReasonsForClosure = Enumeration(schemas, "reasonforclosuretype");
        CategoriesOfAbuse = Enumeration(schemas, "categoryofabusetype");
        AssessmentFactors = Enumeration(schemas, "assessmentfactorstype");
    }

    public FrozenSet<string> Sexes { get; }

    public FrozenSet<string> UpnUnknownReasons { get; }

    public FrozenSet<string> Ethnicities { get; }

    public FrozenSet<string> Disabilities { get; }

    public FrozenSet<string> ReferralSources { get; }

    public FrozenSet<string> PrimaryNeeds { get; }

    public FrozenSet<string> ReasonsForClosure { get; }

    public FrozenSet<string> CategoriesOfAbuse { get; }

    public FrozenSet<string> AssessmentFactors { get; }

    public static CinCensusCodes For(CinCollectionYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return s_byYear.GetOrAdd(year, y => new CinCensusCodes(CinCensusSchemas.For(y)));
    }

    private static FrozenSet<string> Enumeration(XmlSchemaSet schemas, string typeName)
    {
        if (schemas.GlobalTypes[new XmlQualifiedName(typeName)] is not XmlSchemaSimpleType { Content: XmlSchemaSimpleTypeRestriction restriction })
        {
            throw new InvalidOperationException($"The CIN census schema has no simple type '{typeName}'.");
        }

        return restriction.Facets.OfType<XmlSchemaEnumerationFacet>().Select(f => f.Value!).ToFrozenSet(StringComparer.Ordinal);
    }
}
