using Hearth.Domain.Audit;
using Hearth.Domain.Children;

namespace Hearth.Domain.Tests.Children;

internal static class TestChildren
{
    public static readonly DateOnly Today = new(2026, 5, 14);

    public static readonly DateTimeOffset Now = new(2026, 5, 14, 9, 30, 0, TimeSpan.Zero);

    public static readonly Guid WorkerId = Guid.Parse("0196c5b0-0000-7000-8000-000000000001");

    public static ChangeContext Context(string? reason = null) => new(WorkerId, "Sam Okafor", Now, reason);

    public static ChildDetails Details() => new()
    {
        Name = PersonName.Create("Amira", "Khan"),
        DateOfBirth = new DateOnly(2018, 3, 2),
        Sex = Sex.Female,
        Ethnicity = Ethnicity.Pakistani,
    };

    public static ChildDetails UnbornDetails(DateOnly due) => new()
    {
        Name = PersonName.Create("Unborn", "Khan"),
        ExpectedDateOfBirth = due,
        Sex = Sex.Unknown,
    };

    /// <summary>A registered child with the registration change already taken, as if loaded from the database.</summary>
    public static Child Registered(ChildDetails? details = null)
    {
        var child = Child.Register(LocalAuthorityChildId.Create("CH1001"), details ?? Details(), Today, Context());
        child.TakePendingChanges();
        return child;
    }

    public static ChangeRecord SingleChange(Child child) => child.TakePendingChanges().ShouldHaveSingleItem();

    public static FieldChange Field(ChangeRecord change, string field) => change.Fields.ShouldHaveSingleItem(f => f.Field == field);

    private static FieldChange ShouldHaveSingleItem(this IReadOnlyList<FieldChange> fields, Func<FieldChange, bool> predicate) =>
        fields.Where(predicate).ShouldHaveSingleItem();
}
