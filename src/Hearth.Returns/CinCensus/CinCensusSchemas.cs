using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;

namespace Hearth.Returns.CinCensus;

/// <summary>The DfE schema for each collection year, embedded in this assembly (see Schemas/README.md).</summary>
public static class CinCensusSchemas
{
    private static readonly ConcurrentDictionary<CinCollectionYear, XmlSchema> s_schemas = new();

    /// <summary>A compiled schema set for the year, new on each call so that a reader may own it.</summary>
    public static XmlSchemaSet For(CinCollectionYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var set = new XmlSchemaSet();
        set.Add(s_schemas.GetOrAdd(year, Load));
        set.Compile();
        return set;
    }

    private static XmlSchema Load(CinCollectionYear year)
    {
        var resource = $"Hearth.Returns.CinCensus.Schemas.{year.SchemaFile}";
        using var stream = typeof(CinCensusSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded schema {resource} is missing from Hearth.Returns.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XmlSchema.Read(reader, null)
            ?? throw new InvalidOperationException($"The embedded schema {resource} could not be read.");
    }
}
