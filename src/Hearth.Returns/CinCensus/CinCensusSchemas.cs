using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;

namespace Hearth.Returns.CinCensus;

/// <summary>The DfE schema for each collection year, embedded in this assembly (see Schemas/README.md).</summary>
public static class CinCensusSchemas
{
    private static readonly ConcurrentDictionary<CinCollectionYear, byte[]> s_schemas = new();

    /// <summary>A compiled schema set for the year, new on each call so that a reader may own it.</summary>
    /// <remarks>
    /// Each set gets its own <see cref="XmlSchema"/>, read afresh from the embedded bytes: an <see cref="XmlSchema"/> is
    /// changed when a set compiles it and is not safe to share between sets used on different threads.
    /// </remarks>
    public static XmlSchemaSet For(CinCollectionYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var set = new XmlSchemaSet();
        set.Add(Read(year, s_schemas.GetOrAdd(year, Load)));
        set.Compile();
        return set;
    }

    private static byte[] Load(CinCollectionYear year)
    {
        var resource = Resource(year);
        using var stream = typeof(CinCensusSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded schema {resource} is missing from Hearth.Returns.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static XmlSchema Read(CinCollectionYear year, byte[] schema)
    {
        using var reader = XmlReader.Create(new MemoryStream(schema, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XmlSchema.Read(reader, null)
            ?? throw new InvalidOperationException($"The embedded schema {Resource(year)} could not be read.");
    }

    private static string Resource(CinCollectionYear year) => $"Hearth.Returns.CinCensus.Schemas.{year.SchemaFile}";
}
