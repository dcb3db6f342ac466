namespace Hearth.Domain.Children;

/// <summary>A professional or agency involved with the child, and for how long.</summary>
public sealed class InvolvedProfessional
{
    public const int MaxNameLength = 200;

    internal InvolvedProfessional(
        ProfessionalRole role,
        string? name,
        string? organisation,
        PhoneNumber? phone,
        EmailAddress? email,
        DateOnly fromDate,
        DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Role = role;
        Name = name;
        Organisation = organisation;
        Phone = phone;
        Email = email;
        FromDate = fromDate;
    }

    private InvolvedProfessional()
    {
        Role = null!;
    }

    public Guid Id { get; private set; }

    public ProfessionalRole Role { get; private set; }

    public string? Name { get; private set; }

    public string? Organisation { get; private set; }

    public PhoneNumber? Phone { get; private set; }

    public EmailAddress? Email { get; private set; }

    public DateOnly FromDate { get; private set; }

    public DateOnly? ToDate { get; private set; }

    public bool IsCurrent => ToDate is null;

    public override string ToString() =>
        string.Join(", ", new[] { Role.Description, Name, Organisation }.Where(p => p is not null));

    internal void End(DateOnly toDate) => ToDate = toDate;
}
