using System.Text;
using Hearth.Returns.CinCensus;
using Hearth.TestSupport;

namespace Hearth.Returns.Tests.CinCensus;

public class CinCensusReaderTests
{
    private const string CleanSample = "samples/cin_clean_2026.xml";

    [Fact]
    public void ReadAll_CleanSample_ReadsHeaderAndEveryChildWithNoProblems()
    {
        using var file = SharedSpecs.Open(CleanSample);

        var result = CinCensusReader.ReadAll(file, CinCollectionYear.Year2025To26);

        result.IsReadable.ShouldBeTrue();
        result.Problems.ShouldBeEmpty();
        var header = result.Message.Header.ShouldNotBeNull();
        header.ReferenceDate.ShouldBe(new DateOnly(2026, 3, 31));
        header.CollectionDetails!.Year.ShouldBe(2026);
        header.LocalAuthorityCode.ShouldBe("886");
        header.Sources[0].DateTime.ShouldBe(new DateTime(2026, 4, 10, 9, 0, 0));
        result.Message.Children.Select(c => c.LAChildId).ShouldBe(["C001", "C002"]);
    }

    [Fact]
    public void ReadAll_CleanSample_ReadsTheChildProtectionJourneyOfTheFirstChild()
    {
        using var file = SharedSpecs.Open(CleanSample);

        var child = CinCensusReader.ReadAll(file, CinCollectionYear.Year2025To26).Message.Children[0];

        child.Identifiers.Upn.ShouldBe("B886210000001");
        child.Identifiers.PersonBirthDate.ShouldBe(new DateOnly(2016, 3, 14));
        child.Identifiers.Sex.ShouldBe("F");
        child.Characteristics.Ethnicity.ShouldBe("WBRI");
        child.Characteristics.Disabilities.ShouldBe(["NONE"]);
        var episode = child.CinDetails.ShouldHaveSingleItem();
        episode.CinReferralDate.ShouldBe(new DateOnly(2025, 6, 2));
        episode.ReferralSource.ShouldBe("2A");
        episode.IsReferralNfa.ShouldBeFalse();
        episode.Assessments.ShouldHaveSingleItem().Factors.ShouldBe(["3A", "4B"]);
        var enquiry = episode.Section47s.ShouldHaveSingleItem();
        enquiry.InitialCpcTarget.ShouldBe(new DateOnly(2025, 6, 25));
        enquiry.DateOfInitialCpc.ShouldBe(new DateOnly(2025, 6, 20));
        enquiry.IsIcpcNotRequired.ShouldBeFalse();
        var plan = episode.ChildProtectionPlans.ShouldHaveSingleItem();
        plan.StartDate.ShouldBe(new DateOnly(2025, 6, 20));
        plan.EndDate.ShouldBeNull();
        plan.NumberOfPreviousCpp.ShouldBe(0);
        plan.ReviewDates.ShouldBe([new DateOnly(2025, 9, 15), new DateOnly(2026, 3, 10)]);
    }

    [Fact]
    public void ReadAll_CleanSampleAgainstThe2024To25Schema_IsAlsoValid()
    {
        using var file = SharedSpecs.Open(CleanSample);

        var result = CinCensusReader.ReadAll(file, CinCollectionYear.Year2024To25);

        result.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void ReadAll_ValueTheSchemaRefuses_KeepsTheValueAndReportsLineElementAndChild()
    {
        var xml = Census(Child("C1", sex: "1"));

        var result = Read(xml);

        result.IsReadable.ShouldBeTrue();
        result.Message.Children.ShouldHaveSingleItem().Identifiers.Sex.ShouldBe("1");
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(CinCensusProblemKind.Schema);
        problem.Element.ShouldBe("Sex");
        problem.LAChildId.ShouldBe("C1");
        problem.LineNumber.ShouldBe(LineOf(xml, "<Sex>"));
        problem.Message.ShouldContain("'1'");
    }

    [Fact]
    public void ReadAll_RequiredElementMissing_ReportsWhatWasExpected()
    {
        var xml = Census(Child("C1").Replace("<Ethnicity>WBRI</Ethnicity>", string.Empty, StringComparison.Ordinal));

        var result = Read(xml);

        result.Message.Children.ShouldHaveSingleItem().Characteristics.Ethnicity.ShouldBeNull();
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Message.ShouldContain("Ethnicity");
        problem.LAChildId.ShouldBe("C1");
    }

    [Fact]
    public void ReadAll_DateThatIsNotADate_LeavesItEmptyAndReportsIt()
    {
        var xml = Census(Child("C1").Replace("<PersonBirthDate>2016-03-14</PersonBirthDate>", "<PersonBirthDate>14/03/2016</PersonBirthDate>", StringComparison.Ordinal));

        var result = Read(xml);

        result.Message.Children.ShouldHaveSingleItem().Identifiers.PersonBirthDate.ShouldBeNull();
        result.Problems.ShouldHaveSingleItem().Element.ShouldBe("PersonBirthDate");
    }

    [Fact]
    public void ReadAll_DfeFakeSampleWithAFutureBlock_ReportsTheUnknownBlockAndStillReadsBothChildren()
    {
        using var file = SharedSpecs.Open("cin/sample_d2i_CIN_Census_2026_fake.xml");

        var result = CinCensusReader.ReadAll(file, CinCollectionYear.Year2025To26);

        result.IsReadable.ShouldBeTrue();
        result.Message.Children.Count.ShouldBe(2);
        result.Message.Children[0].Identifiers.Sex.ShouldBe("1");
        result.Problems.ShouldContain(p => p.Message.Contains("PreProceedingsandFGDM", StringComparison.Ordinal) && p.LAChildId == "DfEX0000001");
        result.Problems.ShouldContain(p => p.Element == "Sex" && p.LAChildId == "DfEX0000001");
        result.Problems.ShouldContain(p => p.Element == "ReferralNFA" && p.LAChildId == "child_fails_assessments");
    }

    [Fact]
    public void ReadAll_FileFromBeforeSexReplacedGender_ReportsGenderCurrentAsNotInTheSchema()
    {
        using var file = SharedSpecs.Open("cin/sample_liia_cin_2022_fake.xml");

        var result = CinCensusReader.ReadAll(file, CinCollectionYear.Year2025To26);

        result.IsReadable.ShouldBeTrue();
        result.Problems.ShouldContain(p => p.Message.Contains("GenderCurrent", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAll_XmlCutOffPartWay_IsUnreadableAtTheLineWhereItBreaks()
    {
        var xml = Census(Child("C1"), Child("C2"));
        var cut = xml[..xml.IndexOf("<Ethnicity>", xml.IndexOf("C2", StringComparison.Ordinal), StringComparison.Ordinal)];

        var result = Read(cut);

        result.IsReadable.ShouldBeFalse();
        result.Message.Children.Select(c => c.LAChildId).ShouldBe(["C1"]);
        var problem = result.Problems.Where(p => p.Kind == CinCensusProblemKind.Unreadable).ShouldHaveSingleItem();
        problem.LineNumber.ShouldBeGreaterThanOrEqualTo(LineOf(xml, "<LAchildID>C2"));
    }

    [Fact]
    public void ReadAll_NotXml_IsUnreadable()
    {
        var result = Read("LAchildID,UPN\nC1,B886210000001\n");

        result.IsReadable.ShouldBeFalse();
        result.Problems.ShouldHaveSingleItem().Kind.ShouldBe(CinCensusProblemKind.Unreadable);
    }

    [Fact]
    public void ReadAll_XmlThatIsNotACensusMessage_IsUnreadableAndSaysSo()
    {
        var result = Read("<Episodes><Episode/></Episodes>");

        result.IsReadable.ShouldBeFalse();
        result.Problems.Where(p => p.Kind == CinCensusProblemKind.Unreadable).ShouldHaveSingleItem().Message.ShouldContain("<Episodes>");
    }

    [Fact]
    public void ReadChildren_LargeFile_YieldsEachChildBeforeTheFileHasBeenRead()
    {
        var xml = Census([.. Enumerable.Range(1, 500).Select(i => Child($"C{i}"))]);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        using var reader = CinCensusReader.Open(stream, CinCollectionYear.Year2025To26);

        var first = reader.ReadChildren().First();

        first.LAChildId.ShouldBe("C1");
        stream.Position.ShouldBeLessThan(stream.Length);
    }

    internal static CinCensusReadResult Read(string xml) =>
        CinCensusReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(xml)), CinCollectionYear.Year2025To26);

    internal static string Census(params string[] children) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Message>
          <Header>
            <CollectionDetails>
              <Collection>CIN</Collection>
              <Year>2026</Year>
              <ReferenceDate>2026-03-31</ReferenceDate>
            </CollectionDetails>
            <Source>
              <SourceLevel>L</SourceLevel>
              <LEA>886</LEA>
            </Source>
          </Header>
          <Children>
        {string.Concat(children)}
          </Children>
        </Message>
        """;

    internal static string Child(string laChildId, string sex = "F") =>
        $"""
            <Child>
              <ChildIdentifiers>
                <LAchildID>{laChildId}</LAchildID>
                <PersonBirthDate>2016-03-14</PersonBirthDate>
                <Sex>{sex}</Sex>
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>WBRI</Ethnicity>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2025-06-02</CINreferralDate>
                <ReferralSource>2A</ReferralSource>
                <ReferralNFA>1</ReferralNFA>
              </CINdetails>
            </Child>

        """;

    private static int LineOf(string xml, string text) =>
        xml[..xml.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
