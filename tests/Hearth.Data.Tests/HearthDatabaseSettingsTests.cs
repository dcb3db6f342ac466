using Hearth.Data;
using Microsoft.Extensions.Configuration;

namespace Hearth.Data.Tests;

public class HearthDatabaseSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void FromConfiguration_Nothing_IsSqliteInTheDataFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"hearth-settings-{Guid.NewGuid():N}");
        try
        {
            var settings = HearthDatabaseSettings.FromConfiguration(Configuration(("Hearth:DataDirectory", folder)));

            settings.Provider.ShouldBe(DatabaseProvider.Sqlite);
            settings.ConnectionString.ShouldBe($"Data Source={Path.Combine(folder, "hearth.db")}");
            Directory.Exists(folder).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void FromConfiguration_PostgresWithConnectionString_IsPostgres()
    {
        var settings = HearthDatabaseSettings.FromConfiguration(Configuration(
            ("Hearth:Database:Provider", "postgres"), ("ConnectionStrings:Hearth", "Host=db;Database=hearth;Username=hearth")));

        settings.Provider.ShouldBe(DatabaseProvider.Postgres);
        settings.Describe().ShouldBe("PostgreSQL database hearth on db:5432");
    }

    [Fact]
    public void FromConfiguration_PostgresWithoutConnectionString_SaysWhatToSet()
    {
        var error = Should.Throw<InvalidOperationException>(() =>
            HearthDatabaseSettings.FromConfiguration(Configuration(("Hearth:Database:Provider", "Postgres"))));

        error.Message.ShouldContain("ConnectionStrings__Hearth");
    }

    [Fact]
    public void FromConfiguration_UnknownProvider_NamesTheChoices()
    {
        var error = Should.Throw<InvalidOperationException>(() =>
            HearthDatabaseSettings.FromConfiguration(Configuration(("Hearth:Database:Provider", "Oracle"))));

        error.Message.ShouldContain("'Sqlite'");
        error.Message.ShouldContain("'Postgres'");
    }

    [Theory]
    [InlineData("ChangeRecords", "change_records")]
    [InlineData("ChildId", "child_id")]
    [InlineData("NhsNumber", "nhs_number")]
    [InlineData("LaChildId", "la_child_id")]
    [InlineData("PK_ChangeRecords", "pk_change_records")]
    [InlineData("UPNCheck", "upn_check")]
    public void ToSnakeCase_Names_AreLowerCaseWithUnderscores(string name, string expected) =>
        HearthDbContext.ToSnakeCase(name).ShouldBe(expected);
}
