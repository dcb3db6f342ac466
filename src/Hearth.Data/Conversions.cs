using Hearth.Domain.Children;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data;

/// <summary>Value conversions shared by the entity configurations: codes and identifiers are stored as their text.</summary>
internal static class Conversions
{
    /// <summary>Stores a DfE or Hearth code as its code, and reads it back through the code list.</summary>
    public static PropertyBuilder<T> HasCode<T>(this PropertyBuilder<T> property, Func<string, T> create)
        where T : class?, ICodedValue? =>
        property.HasConversion(value => value!.Code, code => create(code)).HasMaxLength(10);

    /// <summary>Stores a list of values as one text column of comma-separated codes, in order.</summary>
    public static PropertyBuilder<IReadOnlyList<T>> HasCommaSeparated<T>(
        this PropertyBuilder<IReadOnlyList<T>> property, Func<T, string> format, Func<string, T> parse, int maxLength) =>
        property.HasConversion(
                values => string.Join(',', values.Select(format)),
                text => text.Length == 0 ? new List<T>() : text.Split(',', StringSplitOptions.None).Select(parse).ToList(),
                new ValueComparer<IReadOnlyList<T>>(
                    (a, b) => a!.SequenceEqual(b!),
                    values => values.Aggregate(0, (hash, value) => HashCode.Combine(hash, value)),
                    values => values.ToList()))
            .HasMaxLength(maxLength)
            .IsRequired();
}
