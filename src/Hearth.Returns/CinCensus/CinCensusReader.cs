using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Schema;

namespace Hearth.Returns.CinCensus;

/// <summary>
/// Reads a CIN census file one child at a time, validating it against the collection year's schema as it goes,
/// so that a file of any size is read in little memory. Nothing is refused: a value the schema rejects is kept
/// as written (or, for a date that cannot be read, left empty) and reported in <see cref="Problems"/> with its
/// line and element; reading stops only where the XML itself is broken.
/// </summary>
public sealed class CinCensusReader : IDisposable
{
    private readonly XmlReader _xml;
    private readonly IXmlLineInfo _lineInfo;
    private readonly List<CinCensusProblem> _problems = [];
    private string _element = string.Empty;
    private string? _childId;
    private int _childrenDepth = -1;
    private bool _finished;

    private CinCensusReader(Stream stream, CinCollectionYear year, bool leaveOpen)
    {
        Year = year;
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = CinCensusSchemas.For(year),
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = !leaveOpen,
        };
        settings.ValidationEventHandler += OnValidation;
        _xml = XmlReader.Create(stream, settings);
        _lineInfo = (IXmlLineInfo)_xml;
        Header = ReadUpToChildren();
    }

    /// <summary>The collection year whose schema the file is validated against.</summary>
    public CinCollectionYear Year { get; }

    /// <summary>The file's header, or null when it has none (or could not be read).</summary>
    public CinHeader? Header { get; }

    /// <summary>Everything found wrong with the file so far, in file order.</summary>
    public IReadOnlyList<CinCensusProblem> Problems => _problems;

    /// <summary>False once the file has turned out not to be well-formed XML or not a CIN census message.</summary>
    public bool IsReadable { get; private set; } = true;

    /// <summary>Starts reading a stream. The header is read at once; the children as <see cref="ReadChildren"/> is enumerated.</summary>
    public static CinCensusReader Open(Stream stream, CinCollectionYear year, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(year);
        return new CinCensusReader(stream, year, leaveOpen);
    }

    /// <summary>Starts reading a file. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> if it cannot be opened.</summary>
    public static CinCensusReader Open(string path, CinCollectionYear year) =>
        Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), year);

    /// <summary>Reads a whole file into memory: fine for one local authority, not for a national file.</summary>
    public static CinCensusReadResult ReadAll(Stream stream, CinCollectionYear year)
    {
        using var reader = Open(stream, year, leaveOpen: true);
        var children = reader.ReadChildren().ToList();
        return new CinCensusReadResult(new CinCensusMessage { Header = reader.Header, Children = children }, reader.Problems, reader.IsReadable);
    }

    /// <summary>The children in file order. Enumerate once; when it ends, <see cref="Problems"/> is complete.</summary>
    public IEnumerable<CinChild> ReadChildren()
    {
        while (TryReadNextChild(out var child))
        {
            yield return child;
        }
    }

    public void Dispose() => _xml.Dispose();

    private bool TryReadNextChild(out CinChild child)
    {
        child = null!;
        if (_finished)
        {
            return false;
        }

        try
        {
            if (_childrenDepth >= 0)
            {
                while (NextChildElement(_childrenDepth))
                {
                    if (_xml.LocalName == "Child")
                    {
                        child = ReadChild();
                        return true;
                    }

                    _xml.Skip();
                }
            }

            while (_xml.Read())
            {
            }
        }
        catch (XmlException exception)
        {
            Unreadable(exception.LineNumber, exception.LinePosition, exception.Message);
        }

        _finished = true;
        return false;
    }

    private CinHeader? ReadUpToChildren()
    {
        try
        {
            if (_xml.MoveToContent() != XmlNodeType.Element || _xml.LocalName != "Message")
            {
                Unreadable(
                    _lineInfo.LineNumber,
                    _lineInfo.LinePosition,
                    _xml.NodeType == XmlNodeType.Element
                        ? $"This is not a CIN census file: it starts with <{_xml.LocalName}>, not <Message>."
                        : "This is not a CIN census file: it has no <Message> element.");
                _finished = true;
                return null;
            }

            CinHeader? header = null;
            if (Enter(out var depth))
            {
                while (NextChildElement(depth))
                {
                    switch (_xml.LocalName)
                    {
                        case "Header":
                            header = ReadHeader();
                            break;
                        case "Children" when !_xml.IsEmptyElement:
                            _childrenDepth = _xml.Depth;
                            _xml.Read();
                            return header;
                        default:
                            _xml.Skip();
                            break;
                    }
                }
            }

            return header;
        }
        catch (XmlException exception)
        {
            Unreadable(exception.LineNumber, exception.LinePosition, exception.Message);
            _finished = true;
            return null;
        }
    }

    private CinHeader ReadHeader()
    {
        CinCollectionDetails? details = null;
        var sources = new List<CinSource>();
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                switch (_xml.LocalName)
                {
                    case "CollectionDetails":
                        details = ReadCollectionDetails();
                        break;
                    case "Source":
                        sources.Add(ReadSource());
                        break;
                    default:
                        _xml.Skip();
                        break;
                }
            }
        }

        return new CinHeader { CollectionDetails = details, Sources = sources };
    }

    private CinCollectionDetails ReadCollectionDetails()
    {
        var details = new CinCollectionDetails();
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                details = _xml.LocalName switch
                {
                    "Collection" => details with { Collection = Text() },
                    "Year" => details with { Year = int.TryParse(Text(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null },
                    "ReferenceDate" => details with { ReferenceDate = Date() },
                    _ => Skip(details),
                };
            }
        }

        return details;
    }

    private CinSource ReadSource()
    {
        var source = new CinSource();
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                source = _xml.LocalName switch
                {
                    "SourceLevel" => source with { SourceLevel = Text() },
                    "LEA" => source with { Lea = Text() },
                    "SoftwareCode" => source with { SoftwareCode = Text() },
                    "Release" => source with { Release = Text() },
                    "SerialNo" => source with { SerialNo = Text() },
                    "DateTime" => source with { DateTime = DateTimeValue() },
                    _ => Skip(source),
                };
            }
        }

        return source;
    }

    private CinChild ReadChild()
    {
        _childId = null;
        var identifiers = new CinChildIdentifiers();
        var characteristics = new CinChildCharacteristics();
        var details = new List<CinDetails>();
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                switch (_xml.LocalName)
                {
                    case "ChildIdentifiers":
                        identifiers = ReadChildIdentifiers();
                        break;
                    case "ChildCharacteristics":
                        characteristics = ReadChildCharacteristics();
                        break;
                    case "CINdetails":
                        details.Add(ReadCinDetails());
                        break;
                    default:
                        _xml.Skip();
                        break;
                }
            }
        }

        return new CinChild { Identifiers = identifiers, Characteristics = characteristics, CinDetails = details };
    }

    private CinChildIdentifiers ReadChildIdentifiers()
    {
        var identifiers = new CinChildIdentifiers();
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                switch (_xml.LocalName)
                {
                    case "LAchildID":
                        _childId = Text();
                        identifiers = identifiers with { LAChildId = _childId };
                        break;
                    case "UPN":
                        identifiers = identifiers with { Upn = Text() };
                        break;
                    case "FormerUPN":
                        identifiers = identifiers with { FormerUpn = Text() };
                        break;
                    case "UPNunknown":
                        identifiers = identifiers with { UpnUnknown = Text() };
                        break;
                    case "PersonBirthDate":
                        identifiers = identifiers with { PersonBirthDate = Date() };
                        break;
                    case "ExpectedPersonBirthDate":
                        identifiers = identifiers with { ExpectedPersonBirthDate = Date() };
                        break;
                    case "Sex":
                        identifiers = identifiers with { Sex = Text() };
                        break;
                    case "PersonDeathDate":
                        identifiers = identifiers with { PersonDeathDate = Date() };
                        break;
                    default:
                        _xml.Skip();
                        break;
                }
            }
        }

        return identifiers;
    }

    private CinChildCharacteristics ReadChildCharacteristics()
    {
        string? ethnicity = null;
        var disabilities = new List<string>();
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                switch (_xml.LocalName)
                {
                    case "Ethnicity":
                        ethnicity = Text();
                        break;
                    case "Disabilities":
                        ReadList("Disability", disabilities);
                        break;
                    default:
                        _xml.Skip();
                        break;
                }
            }
        }

        return new CinChildCharacteristics { Ethnicity = ethnicity, Disabilities = disabilities };
    }

    private CinDetails ReadCinDetails()
    {
        var details = new CinDetails();
        var assessments = new List<CinAssessment>();
        var plans = new List<CinPlanDates>();
        var section47s = new List<CinSection47>();
        var protectionPlans = new List<CinChildProtectionPlan>();
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                switch (_xml.LocalName)
                {
                    case "CINreferralDate":
                        details = details with { CinReferralDate = Date() };
                        break;
                    case "ReferralSource":
                        details = details with { ReferralSource = Text() };
                        break;
                    case "PrimaryNeedCode":
                        details = details with { PrimaryNeedCode = Text() };
                        break;
                    case "CINclosureDate":
                        details = details with { CinClosureDate = Date() };
                        break;
                    case "ReasonForClosure":
                        details = details with { ReasonForClosure = Text() };
                        break;
                    case "DateOfInitialCPC":
                        details = details with { DateOfInitialCpc = Date() };
                        break;
                    case "ReferralNFA":
                        details = details with { ReferralNfa = Text() };
                        break;
                    case "Assessments":
                        assessments.Add(ReadAssessment());
                        break;
                    case "CINPlanDates":
                        plans.Add(ReadCinPlanDates());
                        break;
                    case "Section47":
                        section47s.Add(ReadSection47());
                        break;
                    case "ChildProtectionPlans":
                        protectionPlans.Add(ReadChildProtectionPlan());
                        break;
                    default:
                        _xml.Skip();
                        break;
                }
            }
        }

        return details with { Assessments = assessments, CinPlanDates = plans, Section47s = section47s, ChildProtectionPlans = protectionPlans };
    }

    private CinAssessment ReadAssessment()
    {
        var assessment = new CinAssessment();
        var factors = new List<string>();
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                switch (_xml.LocalName)
                {
                    case "AssessmentActualStartDate":
                        assessment = assessment with { ActualStartDate = Date() };
                        break;
                    case "AssessmentInternalReviewDate":
                        assessment = assessment with { InternalReviewDate = Date() };
                        break;
                    case "AssessmentAuthorisationDate":
                        assessment = assessment with { AuthorisationDate = Date() };
                        break;
                    case "FactorsIdentifiedAtAssessment":
                        ReadList("AssessmentFactors", factors);
                        break;
                    default:
                        _xml.Skip();
                        break;
                }
            }
        }

        return assessment with { Factors = factors };
    }

    private CinPlanDates ReadCinPlanDates()
    {
        var plan = new CinPlanDates();
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                plan = _xml.LocalName switch
                {
                    "CINPlanStartDate" => plan with { StartDate = Date() },
                    "CINPlanEndDate" => plan with { EndDate = Date() },
                    _ => Skip(plan),
                };
            }
        }

        return plan;
    }

    private CinSection47 ReadSection47()
    {
        var section47 = new CinSection47();
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                section47 = _xml.LocalName switch
                {
                    "S47ActualStartDate" => section47 with { ActualStartDate = Date() },
                    "InitialCPCtarget" => section47 with { InitialCpcTarget = Date() },
                    "DateOfInitialCPC" => section47 with { DateOfInitialCpc = Date() },
                    "ICPCnotRequired" => section47 with { IcpcNotRequired = Text() },
                    _ => Skip(section47),
                };
            }
        }

        return section47;
    }

    private CinChildProtectionPlan ReadChildProtectionPlan()
    {
        var plan = new CinChildProtectionPlan();
        var reviews = new List<DateOnly?>();
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                switch (_xml.LocalName)
                {
                    case "CPPstartDate":
                        plan = plan with { StartDate = Date() };
                        break;
                    case "CPPendDate":
                        plan = plan with { EndDate = Date() };
                        break;
                    case "InitialCategoryOfAbuse":
                        plan = plan with { InitialCategoryOfAbuse = Text() };
                        break;
                    case "LatestCategoryOfAbuse":
                        plan = plan with { LatestCategoryOfAbuse = Text() };
                        break;
                    case "NumberOfPreviousCPP":
                        plan = plan with { NumberOfPreviousCpp = int.TryParse(Text(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) ? count : null };
                        break;
                    case "Reviews":
                        ReadReviews(reviews);
                        break;
                    default:
                        _xml.Skip();
                        break;
                }
            }
        }

        return plan with { ReviewDates = reviews };
    }

    private void ReadReviews(List<DateOnly?> reviews)
    {
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                if (_xml.LocalName == "CPPreviewDate")
                {
                    reviews.Add(Date());
                }
                else
                {
                    _xml.Skip();
                }
            }
        }
    }

    private void ReadList(string itemElement, List<string> items)
    {
        if (Enter(out var depth))
        {
            while (NextChildElement(depth))
            {
                if (_xml.LocalName == itemElement)
                {
                    items.Add(Text() ?? string.Empty);
                }
                else
                {
                    _xml.Skip();
                }
            }
        }
    }

    private T Skip<T>(T unchanged)
    {
        _xml.Skip();
        return unchanged;
    }

    /// <summary>Steps inside the current element; false (having stepped past it) when it is empty.</summary>
    private bool Enter(out int depth)
    {
        depth = _xml.Depth;
        _element = _xml.LocalName;
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return false;
        }

        _xml.Read();
        return true;
    }

    /// <summary>
    /// Moves to the next element directly inside the element at <paramref name="parentDepth"/>, skipping text;
    /// false (having stepped past the parent's end tag) when there are no more.
    /// </summary>
    private bool NextChildElement(int parentDepth)
    {
        while (true)
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element when _xml.Depth == parentDepth + 1:
                    _element = _xml.LocalName;
                    return true;
                case XmlNodeType.EndElement when _xml.Depth == parentDepth:
                    _xml.Read();
                    return false;
                case XmlNodeType.None:
                    return false;
            }

            if (!_xml.Read())
            {
                return false;
            }
        }
    }

    /// <summary>The trimmed text of a simple element, or null when it is empty; steps past the element.</summary>
    private string? Text()
    {
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return null;
        }

        var depth = _xml.Depth;
        string? text = null;
        StringBuilder? longer = null;
        _xml.Read();
        while (_xml.NodeType != XmlNodeType.None && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.Depth == depth + 1 && _xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (text is null)
                {
                    text = _xml.Value;
                }
                else
                {
                    (longer ??= new StringBuilder(text)).Append(_xml.Value);
                }
            }

            _xml.Read();
        }

        _xml.Read();
        var value = (longer?.ToString() ?? text)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private DateOnly? Date() => CinCensusDates.TryParse(Text());

    private DateTime? DateTimeValue()
    {
        var text = Text();
        if (text is null)
        {
            return null;
        }

        try
        {
            return XmlConvert.ToDateTime(text, XmlDateTimeSerializationMode.RoundtripKind);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private void OnValidation(object? sender, ValidationEventArgs e)
    {
        var line = e.Exception?.LineNumber is > 0 ? e.Exception.LineNumber : _lineInfo.LineNumber;
        var position = e.Exception?.LinePosition is > 0 ? e.Exception.LinePosition : _lineInfo.LinePosition;
        var element = _xml.NodeType is XmlNodeType.Element or XmlNodeType.EndElement ? _xml.LocalName : _element;
        _problems.Add(new CinCensusProblem(CinCensusProblemKind.Schema, line, position, element, e.Message, _childId));
    }

    private void Unreadable(int line, int position, string message)
    {
        IsReadable = false;
        _problems.Add(new CinCensusProblem(CinCensusProblemKind.Unreadable, line, position, _element, message, _childId));
    }
}

/// <summary>A whole file read into memory, with everything found wrong with it as a file.</summary>
public sealed record CinCensusReadResult(CinCensusMessage Message, IReadOnlyList<CinCensusProblem> Problems, bool IsReadable);
