using System.Text;
using System.Xml.Linq;
using Hearth.Returns.CinCensus;
using Hearth.TestSupport;

namespace Hearth.Returns.Tests.CinCensus;

public class CinCensusWriterTests
{
    [Theory]
    [InlineData("samples/cin_clean_2026.xml")]
    [InlineData("samples/cin_dirty_2026.xml")]
    public void Write_SampleReadBack_GivesTheSameXmlAsTheSample(string sample)
    {
        var original = XDocument.Load(SharedSpecs.PathTo(sample));
        using var file = SharedSpecs.Open(sample);
        var message = CinCensusReader.ReadAll(file, CinCollectionYear.Year2025To26).Message;

        var written = XDocument.Parse(CinCensusWriter.WriteToString(message));

        XNode.DeepEquals(written.Root, original.Root).ShouldBeTrue(written.ToString());
    }

    [Theory]
    [InlineData("2024-25")]
    [InlineData("2025-26")]
    public void Write_EveryOptionalElementPresent_IsValidAgainstTheYearsSchema(string label)
    {
        CinCollectionYear.TryParse(label, out var year, out _).ShouldBeTrue();
        var message = EveryElement();

        var xml = CinCensusWriter.WriteToString(message);
        var readBack = CinCensusReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(xml)), year!);

        readBack.Problems.ShouldBeEmpty(xml);
        CinCensusWriter.WriteToString(readBack.Message).ShouldBe(xml);
    }

    [Fact]
    public void Write_EveryOptionalElementPresent_WritesThemInSchemaOrder()
    {
        var xml = CinCensusWriter.WriteToString(EveryElement());

        var episode = XDocument.Parse(xml).Descendants("CINdetails").Single();
        episode.Elements().Select(e => e.Name.LocalName).Distinct().ShouldBe(
        [
            "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC",
            "Assessments", "CINPlanDates", "Section47", "ReferralNFA", "ChildProtectionPlans",
        ]);
    }

    [Fact]
    public void Write_RequiredValueMissing_ReadingBackReportsIt()
    {
        var child = EveryElement().Children[0];
        var message = new CinCensusMessage { Children = [child with { Identifiers = child.Identifiers with { Sex = null } }] };

        var xml = CinCensusWriter.WriteToString(message);
        var readBack = CinCensusReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(xml)), CinCollectionYear.Year2025To26);

        readBack.Problems.ShouldHaveSingleItem().Message.ShouldContain("Sex");
    }

    private static CinCensusMessage EveryElement() => new()
    {
        Header = new CinHeader
        {
            CollectionDetails = new CinCollectionDetails { Collection = "CIN", Year = 2026, ReferenceDate = new DateOnly(2026, 3, 31) },
            Sources =
            [
                new CinSource { SourceLevel = "L", Lea = "886", SoftwareCode = "Hearth", Release = "1.0", SerialNo = "001", DateTime = new DateTime(2026, 4, 10, 9, 30, 0) },
            ],
        },
        Children =
        [
            new CinChild
            {
                Identifiers = new CinChildIdentifiers
                {
                    LAChildId = "C1",
                    Upn = "B886210000001",
                    FormerUpn = "Q886210000002",
                    UpnUnknown = "UN1",
                    PersonBirthDate = new DateOnly(2016, 3, 14),
                    ExpectedPersonBirthDate = new DateOnly(2016, 3, 20),
                    Sex = "F",
                    PersonDeathDate = new DateOnly(2026, 1, 5),
                },
                Characteristics = new CinChildCharacteristics { Ethnicity = "WBRI", Disabilities = ["HAND", "HEAR"] },
                CinDetails =
                [
                    new CinDetails
                    {
                        CinReferralDate = new DateOnly(2025, 6, 2),
                        ReferralSource = "2A",
                        PrimaryNeedCode = "N1",
                        CinClosureDate = new DateOnly(2026, 1, 5),
                        ReasonForClosure = "RC2",
                        DateOfInitialCpc = new DateOnly(2025, 6, 20),
                        Assessments =
                        [
                            new CinAssessment
                            {
                                ActualStartDate = new DateOnly(2025, 6, 3),
                                InternalReviewDate = new DateOnly(2025, 6, 30),
                                AuthorisationDate = new DateOnly(2025, 7, 21),
                                Factors = ["3A", "4B"],
                            },
                        ],
                        CinPlanDates = [new CinPlanDates { StartDate = new DateOnly(2025, 7, 22), EndDate = new DateOnly(2025, 8, 1) }],
                        Section47s =
                        [
                            new CinSection47
                            {
                                ActualStartDate = new DateOnly(2025, 6, 4),
                                InitialCpcTarget = new DateOnly(2025, 6, 25),
                                DateOfInitialCpc = new DateOnly(2025, 6, 20),
                                IcpcNotRequired = "0",
                            },
                        ],
                        ReferralNfa = "0",
                        ChildProtectionPlans =
                        [
                            new CinChildProtectionPlan
                            {
                                StartDate = new DateOnly(2025, 8, 2),
                                EndDate = new DateOnly(2026, 1, 5),
                                InitialCategoryOfAbuse = "NEG",
                                LatestCategoryOfAbuse = "EMO",
                                NumberOfPreviousCpp = 1,
                                ReviewDates = [new DateOnly(2025, 11, 1)],
                            },
                        ],
                    },
                ],
            },
        ],
    };
}
