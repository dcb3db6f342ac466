using Hearth.Domain.Children;

using static Hearth.Domain.Tests.Children.TestChildren;

namespace Hearth.Domain.Tests.Children;

public partial class ChildTests
{
    [Fact]
    public void Register_ValidDetails_RecordsTheChildWithEveryGivenField()
    {
        var details = Details() with { NhsNumber = NhsNumber.Create("9434765919"), Upn = UniquePupilNumber.Create("B886210000001") };

        var child = Child.Register(LocalAuthorityChildId.Create("CH1001"), details, Today, Context());

        child.Id.ShouldNotBe(Guid.Empty);
        child.Name.FullName.ShouldBe("Amira Khan");
        child.IsUnborn.ShouldBeFalse();
        var change = SingleChange(child);
        change.Summary.ShouldBe("Child registered");
        change.ChildId.ShouldBe(child.Id);
        change.ActorName.ShouldBe("Sam Okafor");
        Field(change, "LA child ID").After.ShouldBe("CH1001");
        Field(change, "Date of birth").ShouldBe(new Audit.FieldChange("Date of birth", null, "2018-03-02"));
        Field(change, "Ethnicity").After.ShouldBe("Pakistani");
        Field(change, "NHS number").After.ShouldBe("943 476 5919");
        change.Fields.ShouldNotContain(f => f.Field == "Religion");
    }

    [Fact]
    public void Register_AnyChange_SetsANewVersion()
    {
        var child = Registered();
        var before = child.Version;

        child.AddAlias(PersonName.Create("Mira", "Khan"), Context());

        before.ShouldNotBe(Guid.Empty);
        child.Version.ShouldNotBe(before);
    }

    [Fact]
    public void CanRegister_DateOfBirthInTheFuture_IsRefused()
    {
        var result = Child.CanRegister(Details() with { DateOfBirth = Today.AddDays(1) }, Today);

        result.IsAllowed.ShouldBeFalse();
        result.Message.ShouldBe("The date of birth cannot be in the future");
    }

    [Fact]
    public void CanRegister_DateOfBirthToday_IsAllowed()
    {
        Child.CanRegister(Details() with { DateOfBirth = Today }, Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanRegister_NoDateOfBirthOrExpectedDate_IsRefused()
    {
        var result = Child.CanRegister(Details() with { DateOfBirth = null }, Today);

        result.Message.ShouldBe("Enter the child's date of birth or, for an unborn child, the expected date of birth");
    }

    [Fact]
    public void CanRegister_ExpectedDateTenMonthsAhead_IsAllowed()
    {
        Child.CanRegister(UnbornDetails(new DateOnly(2027, 3, 14)), Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanRegister_ExpectedDateMoreThanTenMonthsAhead_IsRefused()
    {
        var result = Child.CanRegister(UnbornDetails(new DateOnly(2027, 3, 15)), Today);

        result.Message.ShouldBe("The expected date of birth must be within the next 10 months");
    }

    [Fact]
    public void CanRegister_ExpectedDateExactlyAMonthAgo_IsAllowed()
    {
        Child.CanRegister(UnbornDetails(new DateOnly(2026, 4, 14)), Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanRegister_ExpectedDateMoreThanAMonthAgo_IsRefused()
    {
        var result = Child.CanRegister(UnbornDetails(new DateOnly(2026, 4, 13)), Today);

        result.Message.ShouldBe("The expected date of birth is more than a month ago: record the birth, or correct the expected date");
    }

    [Fact]
    public void CanRegister_NoDisabilityWithAnotherDisability_IsRefused()
    {
        var result = Child.CanRegister(Details() with { Disabilities = [Disability.NoDisability, Disability.Autism] }, Today);

        result.Message.ShouldBe("'No disability' cannot be recorded with another disability");
    }

    [Fact]
    public void CanRegister_SeveralDisabilities_IsAllowed()
    {
        Child.CanRegister(Details() with { Disabilities = [Disability.Autism, Disability.Communication] }, Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void Register_RefusedDetails_ThrowsWithTheRuleMessage()
    {
        var thrown = Should.Throw<DomainRuleException>(() =>
            Child.Register(LocalAuthorityChildId.Create("CH1"), Details() with { DateOfBirth = Today.AddDays(3) }, Today, Context()));

        thrown.Message.ShouldBe("The date of birth cannot be in the future");
    }

    [Fact]
    public void Register_DisabilitiesRepeated_KeepsEachOnceInListOrder()
    {
        var child = Registered(Details() with { Disabilities = [Disability.Vision, Disability.Mobility, Disability.Vision] });

        child.Disabilities.ShouldBe([Disability.Mobility, Disability.Vision]);
    }

    [Fact]
    public void CanUpdateDetails_NoReason_IsRefused()
    {
        var child = Registered();

        var result = child.CanUpdateDetails(Details() with { Religion = Religion.Muslim }, Today, "  ");

        result.Message.ShouldBe("Give a reason for changing the child's details");
    }

    [Fact]
    public void UpdateDetails_NoReason_ThrowsAndChangesNothing()
    {
        var child = Registered();

        var thrown = Should.Throw<DomainRuleException>(() => child.UpdateDetails(Details() with { Religion = Religion.Muslim }, Today, Context()));

        thrown.Message.ShouldBe("Give a reason for changing the child's details");
        child.Religion.ShouldBeNull();
        child.PendingChanges.ShouldBeEmpty();
    }

    [Fact]
    public void UpdateDetails_SomeFieldsChanged_RecordsOnlyThoseWithBeforeAndAfter()
    {
        var child = Registered();
        var updated = Details() with
        {
            Name = PersonName.Create("Amira", "Khan", "Mira"),
            Ethnicity = Ethnicity.AnyOtherAsianBackground,
            Religion = Religion.Muslim,
            Disabilities = [Disability.Hearing, Disability.Learning],
        };

        child.UpdateDetails(updated, Today, Context("Mother corrected ethnicity at visit"));

        var change = SingleChange(child);
        change.Summary.ShouldBe("Child's details changed");
        change.Reason.ShouldBe("Mother corrected ethnicity at visit");
        change.Fields.Select(f => f.Field).ShouldBe(["Preferred name", "Ethnicity", "Religion", "Disabilities"], ignoreOrder: true);
        Field(change, "Ethnicity").ShouldBe(new Audit.FieldChange("Ethnicity", "Pakistani", "Any other Asian background"));
        Field(change, "Religion").ShouldBe(new Audit.FieldChange("Religion", null, "Muslim"));
        Field(change, "Preferred name").ShouldBe(new Audit.FieldChange("Preferred name", null, "Mira"));
        Field(change, "Disabilities").ShouldBe(new Audit.FieldChange("Disabilities", null, "Learning, Hearing"));
        child.Religion.ShouldBe(Religion.Muslim);
    }

    [Fact]
    public void UpdateDetails_NothingChanged_RecordsNothingAndKeepsTheVersion()
    {
        var child = Registered();
        var version = child.Version;

        child.UpdateDetails(Details(), Today, Context("Checked with mother"));

        child.PendingChanges.ShouldBeEmpty();
        child.Version.ShouldBe(version);
    }

    [Fact]
    public void UpdateDetails_SameDisabilitiesInAnotherOrder_RecordsNothing()
    {
        var child = Registered(Details() with { Disabilities = [Disability.Autism, Disability.Vision] });

        child.UpdateDetails(Details() with { Disabilities = [Disability.Vision, Disability.Autism] }, Today, Context("Checked"));

        child.PendingChanges.ShouldBeEmpty();
    }

    [Fact]
    public void UpdateDetails_NhsNumberAndUpnAdded_RecordsThemAsDisplayed()
    {
        var child = Registered();

        child.UpdateDetails(
            Details() with { NhsNumber = NhsNumber.Create("9434765919"), Upn = UniquePupilNumber.Create("Q886210000002"), IsUnaccompaniedAsylumSeekingChild = true },
            Today,
            Context("From health and school"));

        var change = SingleChange(child);
        Field(change, "NHS number").ShouldBe(new Audit.FieldChange("NHS number", null, "943 476 5919"));
        Field(change, "UPN").ShouldBe(new Audit.FieldChange("UPN", null, "Q886210000002"));
        Field(change, "Unaccompanied asylum-seeking child").ShouldBe(new Audit.FieldChange("Unaccompanied asylum-seeking child", "No", "Yes"));
    }

    [Fact]
    public void CanUpdateDetails_BornChildWithoutDateOfBirth_IsRefused()
    {
        var child = Registered();

        var result = child.CanUpdateDetails(Details() with { DateOfBirth = null, ExpectedDateOfBirth = Today }, Today, "Correction");

        result.Message.ShouldBe("The child's birth has been recorded, so enter their date of birth");
    }

    [Fact]
    public void CanUpdateDetails_UnbornChildGivenDateOfBirth_IsRefusedInFavourOfRecordBirth()
    {
        var child = Registered(UnbornDetails(new DateOnly(2026, 9, 1)));

        var result = child.CanUpdateDetails(UnbornDetails(new DateOnly(2026, 9, 1)) with { DateOfBirth = Today }, Today, "Born");

        result.Message.ShouldBe("Record the birth to add an unborn child's date of birth");
    }

    [Fact]
    public void CanUpdateDetails_UnchangedExpectedDateNowLongPast_IsAllowed()
    {
        var child = Registered(UnbornDetails(new DateOnly(2026, 5, 1)));

        child.CanUpdateDetails(UnbornDetails(new DateOnly(2026, 5, 1)) with { Religion = Religion.Sikh }, new DateOnly(2026, 8, 1), "Update").IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanUpdateDetails_ExpectedDateChangedToMoreThanTenMonthsAhead_IsRefused()
    {
        var child = Registered(UnbornDetails(new DateOnly(2026, 9, 1)));

        var result = child.CanUpdateDetails(UnbornDetails(new DateOnly(2027, 6, 1)), Today, "Scan date");

        result.Message.ShouldBe("The expected date of birth must be within the next 10 months");
    }

    [Fact]
    public void CanUpdateDetails_DateOfBirthAfterDateOfDeath_IsRefused()
    {
        var child = Registered();
        child.RecordDeath(new DateOnly(2026, 1, 10), Today, Context());

        var result = child.CanUpdateDetails(Details() with { DateOfBirth = new DateOnly(2026, 2, 1) }, Today, "Correction");

        result.Message.ShouldBe("The date of birth cannot be after the date of death");
    }

    [Fact]
    public void ChangeName_NewName_KeepsTheOldNameAsAFormerName()
    {
        var child = Registered();

        child.ChangeName(PersonName.Create("Amira", "Ahmed"), new DateOnly(2026, 4, 30), Today, Context("Adopted stepfather's name"));

        child.Name.FamilyName.ShouldBe("Ahmed");
        var former = child.FormerNames.ShouldHaveSingleItem();
        former.Name.FullName.ShouldBe("Amira Khan");
        former.UsedUntil.ShouldBe(new DateOnly(2026, 4, 30));
        var change = SingleChange(child);
        Field(change, "Name").ShouldBe(new Audit.FieldChange("Name", "Amira Khan", "Amira Ahmed"));
    }

    [Fact]
    public void CanChangeName_SameName_IsRefused()
    {
        Registered().CanChangeName(PersonName.Create("Amira", "Khan"), Today, Today).Message
            .ShouldBe("The new name is the same as the child's current name");
    }

    [Fact]
    public void CanAddFormerName_UsedUntilInTheFuture_IsRefused()
    {
        Registered().CanAddFormerName(PersonName.Create("Amira", "Smith"), Today.AddDays(1), Today).Message
            .ShouldBe("The date the name stopped being used cannot be in the future");
    }

    [Fact]
    public void CanAddFormerName_UsedUntilBeforeBirth_IsRefused()
    {
        Registered().CanAddFormerName(PersonName.Create("Amira", "Smith"), new DateOnly(2018, 3, 1), Today).Message
            .ShouldBe("The date the name stopped being used cannot be before the child's date of birth");
    }

    [Fact]
    public void AddFormerName_ValidDate_RecordsTheNameAndDate()
    {
        var child = Registered();

        var former = child.AddFormerName(PersonName.Create("Amira", "Smith"), new DateOnly(2020, 1, 31), Today, Context());

        child.FormerNames.ShouldBe([former]);
        var change = SingleChange(child);
        change.EntityId.ShouldBe(former.Id);
        Field(change, "Former name").After.ShouldBe("Amira Smith");
        Field(change, "Used until").After.ShouldBe("2020-01-31");
    }

    [Fact]
    public void RemoveAlias_WithReason_RemovesItAndRecordsWhatItWas()
    {
        var child = Registered();
        var alias = child.AddAlias(PersonName.Create("Mira", "Khan"), Context());
        child.TakePendingChanges();

        child.RemoveAlias(alias.Id, Context("Entered on the wrong child"));

        child.Aliases.ShouldBeEmpty();
        Field(SingleChange(child), "Alias").ShouldBe(new Audit.FieldChange("Alias", "Mira Khan", null));
    }

    [Fact]
    public void CanRemoveAlias_NoReason_IsRefused()
    {
        var child = Registered();
        var alias = child.AddAlias(PersonName.Create("Mira", "Khan"), Context());

        child.CanRemoveAlias(alias.Id, null).Message.ShouldBe("Give a reason for removing the alias");
    }

    [Fact]
    public void RecordNewUpn_ChildHadAUpn_MovesTheOldOneToFormerUpns()
    {
        var child = Registered(Details() with { Upn = UniquePupilNumber.Create("A88621000001A") });

        child.RecordNewUpn(UniquePupilNumber.Create("B886210000001"), Context());

        child.Upn!.Value.ShouldBe("B886210000001");
        child.FormerUpns.Select(u => u.Value).ShouldBe(["A88621000001A"]);
        Field(SingleChange(child), "UPN").ShouldBe(new Audit.FieldChange("UPN", "A88621000001A", "B886210000001"));
    }

    [Fact]
    public void CanAddFormerUpn_CurrentUpn_IsRefused()
    {
        var child = Registered(Details() with { Upn = UniquePupilNumber.Create("B886210000001") });

        child.CanAddFormerUpn(UniquePupilNumber.Create("B886210000001")).Message.ShouldBe("This is the child's current UPN");
        child.CanAddFormerUpn(UniquePupilNumber.Create("Q886210000002")).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void RecordBirth_UnbornChild_SetsTheDateOfBirthAndKeepsTheExpectedDate()
    {
        var child = Registered(UnbornDetails(new DateOnly(2026, 5, 20)));

        child.RecordBirth(new DateOnly(2026, 5, 12), Sex.Male, Today, Context());

        child.IsUnborn.ShouldBeFalse();
        child.DateOfBirth.ShouldBe(new DateOnly(2026, 5, 12));
        child.ExpectedDateOfBirth.ShouldBe(new DateOnly(2026, 5, 20));
        var change = SingleChange(child);
        Field(change, "Date of birth").ShouldBe(new Audit.FieldChange("Date of birth", null, "2026-05-12"));
        Field(change, "Sex").ShouldBe(new Audit.FieldChange("Sex", "Unknown", "Male"));
    }

    [Fact]
    public void CanRecordBirth_AlreadyBorn_IsRefused()
    {
        Registered().CanRecordBirth(Today, Today).Message.ShouldBe("The child's birth has already been recorded");
    }

    [Fact]
    public void CanRecordBirth_DateInTheFuture_IsRefused()
    {
        Registered(UnbornDetails(new DateOnly(2026, 6, 1))).CanRecordBirth(Today.AddDays(1), Today).Message
            .ShouldBe("The date of birth cannot be in the future");
    }

    [Fact]
    public void CanRecordDeath_BeforeBirth_IsRefused()
    {
        Registered().CanRecordDeath(new DateOnly(2018, 3, 1), Today).Message.ShouldBe("The date of death cannot be before the date of birth");
    }

    [Fact]
    public void CanRecordDeath_OnTheDayOfBirth_IsAllowed()
    {
        Registered().CanRecordDeath(new DateOnly(2018, 3, 2), Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanRecordDeath_InTheFuture_IsRefused()
    {
        Registered().CanRecordDeath(Today.AddDays(1), Today).Message.ShouldBe("The date of death cannot be in the future");
    }

    [Fact]
    public void CanRecordDeath_Unborn_IsRefused()
    {
        Registered(UnbornDetails(new DateOnly(2026, 6, 1))).CanRecordDeath(Today, Today).Message
            .ShouldBe("Record the child's birth before recording their death");
    }

    [Fact]
    public void RecordDeath_Twice_IsRefused()
    {
        var child = Registered();
        child.RecordDeath(new DateOnly(2026, 5, 1), Today, Context());

        Should.Throw<DomainRuleException>(() => child.RecordDeath(new DateOnly(2026, 5, 2), Today, Context()))
            .Message.ShouldBe("The child's death has already been recorded");
        child.DateOfDeath.ShouldBe(new DateOnly(2026, 5, 1));
    }

    [Theory]
    [InlineData("2018-03-02", "2026-03-01", 7)]
    [InlineData("2018-03-02", "2026-03-02", 8)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    public void AgeOn_Birthdays_CountWholeYears(string born, string on, int expected)
    {
        var child = Registered(Details() with { DateOfBirth = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture) });

        child.AgeOn(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Fact]
    public void AgeOn_Unborn_IsNull()
    {
        Registered(UnbornDetails(new DateOnly(2026, 9, 1))).AgeOn(Today).ShouldBeNull();
    }

    [Fact]
    public void AgeOn_ChildWhoHasDied_StopsAtTheDateOfDeath()
    {
        var child = Registered();
        child.RecordDeath(new DateOnly(2024, 1, 1), Today, Context());

        child.AgeOn(Today).ShouldBe(5);
    }

    [Theory]
    [InlineData("2026-05-01", "Under 1 month")]
    [InlineData("2026-04-14", "1 month")]
    [InlineData("2026-04-15", "Under 1 month")]
    [InlineData("2025-10-14", "7 months")]
    [InlineData("2025-05-15", "11 months")]
    [InlineData("2025-05-14", "1 year")]
    [InlineData("2018-03-02", "8 years")]
    public void DescribeAgeOn_BornChild_GivesMonthsUnderOneAndYearsAfter(string born, string expected)
    {
        var child = Registered(Details() with { DateOfBirth = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture) });

        child.DescribeAgeOn(Today).ShouldBe(expected);
    }

    [Fact]
    public void DescribeAgeOn_Unborn_GivesTheDueDate()
    {
        Registered(UnbornDetails(new DateOnly(2027, 3, 3))).DescribeAgeOn(new DateOnly(2026, 6, 1)).ShouldBe("Unborn (due 3 March 2027)");
    }

    [Fact]
    public void DescribeAgeOn_BornOn31st_CountsAMonthAtTheEndOfAShortMonth()
    {
        var child = Registered(Details() with { DateOfBirth = new DateOnly(2026, 1, 31) });

        child.DescribeAgeOn(new DateOnly(2026, 2, 28)).ShouldBe("Under 1 month");
        child.DescribeAgeOn(new DateOnly(2026, 3, 1)).ShouldBe("1 month");
    }

    [Fact]
    public void CanRecordNewUpn_CurrentOrFormerUpn_IsRefused()
    {
        var child = Registered(Details() with { Upn = UniquePupilNumber.Create("A88621000001A") });
        child.RecordNewUpn(UniquePupilNumber.Create("B886210000001"), Context());

        child.CanRecordNewUpn(UniquePupilNumber.Create("B886210000001")).Message.ShouldBe("This is already the child's UPN");
        child.CanRecordNewUpn(UniquePupilNumber.Create("A88621000001A")).Message.ShouldBe("This UPN is one of the child's former UPNs");
        child.CanRecordNewUpn(UniquePupilNumber.Create("Q886210000002")).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanRegister_GenderIdentityTooLong_IsRefused()
    {
        Child.CanRegister(Details() with { GenderIdentity = new string('x', 101) }, Today).Message
            .ShouldBe("Gender identity must be 100 characters or fewer");
        Child.CanRegister(Details() with { GenderIdentity = "Non-binary" }, Today).IsAllowed.ShouldBeTrue();
    }
}
