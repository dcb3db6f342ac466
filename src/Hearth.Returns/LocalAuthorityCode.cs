using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;

namespace Hearth.Returns;

/// <summary>
/// The local authority's three-digit DfE code (the <c>LEA</c> in a return's header), from the setting
/// <c>Hearth:LocalAuthority:Code</c> (<c>Hearth__LocalAuthority__Code</c>) that the web host and the CLI both read.
/// Without the setting it is 802, the demo local authority's.
/// </summary>
public sealed record LocalAuthorityCode
{
    public const string SettingName = "Hearth:LocalAuthority:Code";

    private LocalAuthorityCode(string value) => Value = value;

    /// <summary>The demo local authority's code.</summary>
    public static LocalAuthorityCode Demo { get; } = new("802");

    public string Value { get; }

    public static bool TryCreate(string? text, [NotNullWhen(true)] out LocalAuthorityCode? code, [NotNullWhen(false)] out string? error)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 3 && trimmed.All(char.IsAsciiDigit))
        {
            code = new LocalAuthorityCode(trimmed);
            error = null;
            return true;
        }

        code = null;
        error = $"The local authority code must be the DfE's three-digit code, such as 802; '{trimmed}' is not";
        return false;
    }

    /// <summary>The configured code, or the demo's; a badly set code stops the host with a message saying what to set.</summary>
    public static LocalAuthorityCode FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[SettingName];
        if (string.IsNullOrWhiteSpace(text))
        {
            return Demo;
        }

        return TryCreate(text, out var code, out var error)
            ? code
            : throw new InvalidOperationException($"{SettingName}: {error}.");
    }

    public override string ToString() => Value;
}
