using System.Globalization;
using System.Text;
using System.Xml;

namespace Hearth.Returns.CinCensus;

/// <summary>
/// Writes a CIN census file: elements in the order the schema requires, optional elements left out when empty.
/// Children are written as they are enumerated, so a census of any size streams straight to the file. The file is
/// valid against the year's schema when every required value is present and every code is on its list; read it
/// back with <see cref="CinCensusReader"/> to be sure.
/// </summary>
public static class CinCensusWriter
{
    private static readonly XmlWriterSettings s_settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        CloseOutput = false,
    };

    public static void Write(Stream stream, CinCensusMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Write(stream, message.Header, message.Children);
    }

    public static void Write(Stream stream, CinHeader? header, IEnumerable<CinChild> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        using var file = Open(stream, header);
        foreach (var child in children)
        {
            file.Add(child);
        }

        file.Complete();
    }

    /// <summary>Starts a file whose children are added one at a time; <see cref="CinCensusFile.Complete"/> ends it.</summary>
    public static CinCensusFile Open(Stream stream, CinHeader? header)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var xml = XmlWriter.Create(stream, s_settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("Message");
        if (header is not null)
        {
            WriteHeader(xml, header);
        }

        xml.WriteStartElement("Children");
        return new CinCensusFile(xml);
    }

    /// <summary>A census file being written: children go straight to the stream as they are added.</summary>
    public sealed class CinCensusFile : IDisposable
    {
        private readonly XmlWriter _xml;

        internal CinCensusFile(XmlWriter xml) => _xml = xml;

        public void Add(CinChild child)
        {
            ArgumentNullException.ThrowIfNull(child);
            WriteChild(_xml, child);
        }

        /// <summary>Closes the children, the message and the document.</summary>
        public void Complete()
        {
            _xml.WriteEndElement();
            _xml.WriteEndElement();
            _xml.WriteEndDocument();
            _xml.Flush();
        }

        public void Dispose() => _xml.Dispose();
    }

    /// <summary>The file as a string, for tests and small returns.</summary>
    public static string WriteToString(CinCensusMessage message)
    {
        using var stream = new MemoryStream();
        Write(stream, message);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteHeader(XmlWriter xml, CinHeader header)
    {
        xml.WriteStartElement("Header");
        if (header.CollectionDetails is { } details)
        {
            xml.WriteStartElement("CollectionDetails");
            Element(xml, "Collection", details.Collection);
            Element(xml, "Year", details.Year?.ToString(CultureInfo.InvariantCulture));
            Element(xml, "ReferenceDate", details.ReferenceDate);
            xml.WriteEndElement();
        }

        foreach (var source in header.Sources)
        {
            xml.WriteStartElement("Source");
            Element(xml, "SourceLevel", source.SourceLevel);
            Element(xml, "LEA", source.Lea);
            Element(xml, "SoftwareCode", source.SoftwareCode);
            Element(xml, "Release", source.Release);
            Element(xml, "SerialNo", source.SerialNo);
            Element(xml, "DateTime", source.DateTime is { } produced ? XmlConvert.ToString(produced, XmlDateTimeSerializationMode.RoundtripKind) : null);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteChild(XmlWriter xml, CinChild child)
    {
        xml.WriteStartElement("Child");

        var identifiers = child.Identifiers;
        xml.WriteStartElement("ChildIdentifiers");
        Element(xml, "LAchildID", identifiers.LAChildId);
        Element(xml, "UPN", identifiers.Upn);
        Element(xml, "FormerUPN", identifiers.FormerUpn);
        Element(xml, "UPNunknown", identifiers.UpnUnknown);
        Element(xml, "PersonBirthDate", identifiers.PersonBirthDate);
        Element(xml, "ExpectedPersonBirthDate", identifiers.ExpectedPersonBirthDate);
        Element(xml, "Sex", identifiers.Sex);
        Element(xml, "PersonDeathDate", identifiers.PersonDeathDate);
        xml.WriteEndElement();

        var characteristics = child.Characteristics;
        xml.WriteStartElement("ChildCharacteristics");
        Element(xml, "Ethnicity", characteristics.Ethnicity);
        List(xml, "Disabilities", "Disability", characteristics.Disabilities);
        xml.WriteEndElement();

        foreach (var details in child.CinDetails)
        {
            WriteCinDetails(xml, details);
        }

        xml.WriteEndElement();
    }

    private static void WriteCinDetails(XmlWriter xml, CinDetails details)
    {
        xml.WriteStartElement("CINdetails");
        Element(xml, "CINreferralDate", details.CinReferralDate);
        Element(xml, "ReferralSource", details.ReferralSource);
        Element(xml, "PrimaryNeedCode", details.PrimaryNeedCode);
        Element(xml, "CINclosureDate", details.CinClosureDate);
        Element(xml, "ReasonForClosure", details.ReasonForClosure);
        Element(xml, "DateOfInitialCPC", details.DateOfInitialCpc);
        foreach (var assessment in details.Assessments)
        {
            xml.WriteStartElement("Assessments");
            Element(xml, "AssessmentActualStartDate", assessment.ActualStartDate);
            Element(xml, "AssessmentInternalReviewDate", assessment.InternalReviewDate);
            Element(xml, "AssessmentAuthorisationDate", assessment.AuthorisationDate);
            List(xml, "FactorsIdentifiedAtAssessment", "AssessmentFactors", assessment.Factors);
            xml.WriteEndElement();
        }

        foreach (var plan in details.CinPlanDates)
        {
            xml.WriteStartElement("CINPlanDates");
            Element(xml, "CINPlanStartDate", plan.StartDate);
            Element(xml, "CINPlanEndDate", plan.EndDate);
            xml.WriteEndElement();
        }

        foreach (var section47 in details.Section47s)
        {
            xml.WriteStartElement("Section47");
            Element(xml, "S47ActualStartDate", section47.ActualStartDate);
            Element(xml, "InitialCPCtarget", section47.InitialCpcTarget);
            Element(xml, "DateOfInitialCPC", section47.DateOfInitialCpc);
            Element(xml, "ICPCnotRequired", section47.IcpcNotRequired);
            xml.WriteEndElement();
        }

        Element(xml, "ReferralNFA", details.ReferralNfa);
        foreach (var plan in details.ChildProtectionPlans)
        {
            xml.WriteStartElement("ChildProtectionPlans");
            Element(xml, "CPPstartDate", plan.StartDate);
            Element(xml, "CPPendDate", plan.EndDate);
            Element(xml, "InitialCategoryOfAbuse", plan.InitialCategoryOfAbuse);
            Element(xml, "LatestCategoryOfAbuse", plan.LatestCategoryOfAbuse);
            Element(xml, "NumberOfPreviousCPP", plan.NumberOfPreviousCpp?.ToString(CultureInfo.InvariantCulture));
            if (plan.ReviewDates.Count > 0)
            {
                xml.WriteStartElement("Reviews");
                foreach (var review in plan.ReviewDates)
                {
                    xml.WriteElementString("CPPreviewDate", review is { } date ? CinCensusDates.ToText(date) : string.Empty);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteElementString(name, value);
        }
    }

    private static void Element(XmlWriter xml, string name, DateOnly? value)
    {
        if (value is { } date)
        {
            xml.WriteElementString(name, CinCensusDates.ToText(date));
        }
    }

    private static void List(XmlWriter xml, string listName, string itemName, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        xml.WriteStartElement(listName);
        foreach (var item in items)
        {
            xml.WriteElementString(itemName, item);
        }

        xml.WriteEndElement();
    }
}
