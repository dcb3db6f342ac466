using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>A value from a fixed code list, with the wording the list gives it.</summary>
public interface ICodedValue
{
    /// <summary>The code as the DfE return (or Hearth's own list) spells it.</summary>
    string Code { get; }

    /// <summary>The code's description, for display.</summary>
    string Description { get; }
}

internal static class CodeList
{
    public static bool TryFind<T>(IReadOnlyList<T> all, string? code, string listName, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? error)
        where T : class, ICodedValue
    {
        var wanted = code?.Trim();
        value = string.IsNullOrEmpty(wanted)
            ? null
            : all.FirstOrDefault(c => string.Equals(c.Code, wanted, StringComparison.OrdinalIgnoreCase));
        if (value is null)
        {
            error = string.IsNullOrEmpty(wanted) ? $"Select {listName}" : $"'{wanted}' is not a recognised code for {listName}";
            return false;
        }

        error = null;
        return true;
    }

    public static T Find<T>(IReadOnlyList<T> all, string code, string listName)
        where T : class, ICodedValue =>
        TryFind(all, code, listName, out var value, out var error) ? value : throw new DomainRuleException(error);
}
