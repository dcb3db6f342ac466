using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>
/// The local authority's own identifier for a child (CIN census <c>LAchildID</c>). Letters and
/// digits only, at most 20 characters, as the DfE children's social care API requires
/// (<c>la_child_id</c>, schema 1.0.1).
/// </summary>
public sealed record LocalAuthorityChildId
{
    public const int MaxLength = 20;

    private LocalAuthorityChildId(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public static bool TryCreate(string? input, [NotNullWhen(true)] out LocalAuthorityChildId? id, [NotNullWhen(false)] out string? error)
    {
        id = null;
        var value = input?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            error = "Enter the local authority's ID for the child";
            return false;
        }

        if (!value.All(char.IsAsciiLetterOrDigit))
        {
            error = "The local authority's ID for the child must only include letters and numbers, with no spaces or symbols";
            return false;
        }

        if (value.Length > MaxLength)
        {
            error = $"The local authority's ID for the child must be {MaxLength} characters or fewer";
            return false;
        }

        id = new LocalAuthorityChildId(value);
        error = null;
        return true;
    }

    public static LocalAuthorityChildId Create(string input) =>
        TryCreate(input, out var id, out var error) ? id : throw new DomainRuleException(error);

    public override string ToString() => Value;
}
