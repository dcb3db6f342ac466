using System.Xml.Linq;
using Hearth.Domain.Children;
using Hearth.TestSupport;

namespace Hearth.Domain.Tests.Children;

public class CinCensusCodesTests
{
    private const string CinCodes = "cin/cin_census_codes_2025_26.csv";

    private const string Ssda903Codes = "ssda903/ssda903_fields_and_codes_2025_26.csv";

    [Fact]
    public void Ethnicity_All_MatchesTheCinCensusListInOrderWithItsDescriptions()
    {
        var expected = CinList("ethnicitytype");

        Ethnicity.All.Select(e => (e.Code, e.Description)).ShouldBe(expected);
    }

    [Fact]
    public void Sex_All_MatchesTheCinCensusListWithDescriptionsCapitalised()
    {
        var expected = CinList("sextype").Select(r => (r.Code, Capitalised(r.Description)));

        Sex.All.Select(s => (s.Code, s.Description)).ShouldBe(expected);
    }

    [Fact]
    public void Disability_All_MatchesTheCinCensusListInOrderWithItsDescriptions()
    {
        var expected = CinList("disabilitytype");

        Disability.All.Select(d => (d.Code, d.Description)).ShouldBe(expected);
    }

    [Fact]
    public void Ethnicity_Codes_AreTheSsda903EthnicCodes()
    {
        var expected = Ssda903List("Header", "ETHNIC");

        Ethnicity.All.Select(e => e.Code).ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void Sex_CodesAndDescriptions_AreTheSsda903SexList()
    {
        var expected = SharedSpecs.ReadCsv(Ssda903Codes)
            .Where(r => r[0] == "Header" && r[1] == "SEX")
            .Select(r => (r[3], r[4]));

        Sex.All.Select(s => (s.Code, s.Description)).ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void GenderCurrent_All_MatchesTheGenderTypeIn2024CinSchema()
    {
        XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        var schema = XDocument.Load(SharedSpecs.PathTo("cin/CIN_schema_2024.xsd"));
        var expected = schema.Descendants(xs + "simpleType")
            .Single(t => (string?)t.Attribute("name") == "gendertype")
            .Descendants(xs + "enumeration")
            .Select(e => ((string)e.Attribute("value")!, e.Descendants(xs + "documentation").Single().Value.Trim()));

        GenderCurrent.All.Select(g => (g.Code, g.Description)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("1", "M")]
    [InlineData("2", "F")]
    [InlineData("0", "U")]
    [InlineData("9", "U")]
    public void GenderCurrent_Sex_MapsTheOldCodeToThe2024To25Code(string genderCurrent, string sex)
    {
        GenderCurrent.Create(genderCurrent).Sex.Code.ShouldBe(sex);
    }

    [Fact]
    public void TryCreate_LowerCaseCodeWithSpaces_FindsTheCode()
    {
        var found = Ethnicity.TryCreate(" wbri ", out var ethnicity, out _);

        found.ShouldBeTrue();
        ethnicity.ShouldBe(Ethnicity.WhiteBritish);
        ethnicity!.Description.ShouldBe("White British");
    }

    [Fact]
    public void TryCreate_UnknownCode_RefusesNamingTheCode()
    {
        var found = Disability.TryCreate("DEAF", out var disability, out var error);

        found.ShouldBeFalse();
        disability.ShouldBeNull();
        error.ShouldBe("'DEAF' is not a recognised code for a disability");
    }

    [Fact]
    public void TryCreate_BlankCode_AsksForASelection()
    {
        Religion.TryCreate("", out _, out var error).ShouldBeFalse();

        error.ShouldBe("Select the child's religion");
    }

    [Fact]
    public void Create_UnknownCode_Throws()
    {
        Should.Throw<DomainRuleException>(() => ImmigrationStatus.Create("XX"))
            .Message.ShouldBe("'XX' is not a recognised code for the child's immigration status");
    }

    [Fact]
    public void HearthLists_Codes_AreUniqueAndEachHasADescription()
    {
        IEnumerable<ICodedValue>[] lists =
        [
            Religion.All, ImmigrationStatus.All, AddressKind.All, RelationshipType.All, ProfessionalRole.All, WarningType.All,
        ];

        foreach (var list in lists)
        {
            var codes = list.ToList();
            codes.Select(c => c.Code).ShouldBeUnique();
            codes.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c.Description));
        }
    }

    [Fact]
    public void ImmigrationStatus_All_CoversTheStatusesPractitionersRecord()
    {
        ImmigrationStatus.All.Select(s => s.Description).ShouldBe(
        [
            "British citizen", "EU settled status", "EU pre-settled status", "Indefinite leave to remain", "Limited leave to remain",
            "Asylum seeker (claim not yet decided)", "Refugee status", "Humanitarian protection", "No recourse to public funds", "Other", "Not known",
        ]);
    }

    private static List<(string Code, string Description)> CinList(string xsdType) =>
        SharedSpecs.ReadCsv(CinCodes).Where(r => r[0] == xsdType).Select(r => (r[1], r[2])).ToList();

    private static List<string> Ssda903List(string table, string field) =>
        SharedSpecs.ReadCsv(Ssda903Codes).Where(r => r[0] == table && r[1] == field).Select(r => r[3]).ToList();

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
