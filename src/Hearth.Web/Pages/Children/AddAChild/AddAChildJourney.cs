using System.Text.Json;
using Hearth.Domain.Children;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Hearth.Web.Pages.Children.AddAChild;

/// <summary>A question page of the journey, in the order they are asked.</summary>
public enum AddAChildStep
{
    Name,
    DateOfBirth,
    Sex,
    Ethnicity,
    NhsNumber,
}

/// <summary>
/// The answers given so far in one "Add a child" journey. Kept in TempData (a data-protected cookie), so nothing is
/// stored on the server and nothing reaches the database until the child is added; every page checks the answers
/// again before using them.
/// </summary>
public sealed record AddAChildJourney
{
    public required Guid Id { get; init; }

    /// <summary>The person who started the journey; nobody else signed in on the same browser can continue it.</summary>
    public required Guid AccountId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public string? GivenNames { get; init; }

    public string? FamilyName { get; init; }

    public string? PreferredName { get; init; }

    public bool? IsBorn { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public DateOnly? ExpectedDateOfBirth { get; init; }

    public string? SexCode { get; init; }

    public string? EthnicityCode { get; init; }

    public string? NhsNumber { get; init; }

    public IReadOnlyList<AddAChildStep> Answered { get; init; } = [];

    /// <summary>The possible duplicates the person has confirmed this child is not.</summary>
    public IReadOnlyList<Guid> ConfirmedDifferentFrom { get; init; } = [];

    public string BasePath => $"/children/add/{Id}";

    public AddAChildJourney Answer(AddAChildStep step) => this with { Answered = [.. Answered.Append(step).Distinct()] };

    public bool HasAnswered(AddAChildStep step) => Answered.Contains(step);

    public AddAChildStep? FirstUnanswered() => Enum.GetValues<AddAChildStep>().Cast<AddAChildStep?>().FirstOrDefault(s => !HasAnswered(s!.Value));

    public string PathOf(AddAChildStep step) => step switch
    {
        AddAChildStep.Name => $"{BasePath}/name",
        AddAChildStep.DateOfBirth => $"{BasePath}/date-of-birth",
        AddAChildStep.Sex => $"{BasePath}/sex",
        AddAChildStep.Ethnicity => $"{BasePath}/ethnicity",
        AddAChildStep.NhsNumber => $"{BasePath}/nhs-number",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>Where a question page's back link goes: the question before it, or check answers once everything is answered.</summary>
    public string BackFrom(AddAChildStep step) =>
        FirstUnanswered() is null ? $"{BasePath}/check-answers"
        : step == AddAChildStep.Name ? $"{BasePath}/existing-children"
        : PathOf(step - 1);

    /// <summary>The name as the domain accepts it, or null when the answers no longer make one.</summary>
    public PersonName? Name() =>
        PersonName.TryCreate(GivenNames, FamilyName, PreferredName, out var name, out _) ? name : null;

    /// <summary>The date a duplicate check compares: the date of birth, or the expected date of birth of an unborn child.</summary>
    public DateOnly? BirthDate => IsBorn == true ? DateOfBirth : IsBorn == false ? ExpectedDateOfBirth : null;
}

/// <summary>Reads and writes journeys in TempData without consuming them, keyed by journey id.</summary>
public static class AddAChildJourneys
{
    private const string KeyPrefix = "AddAChild:";
    private const int MaxJourneys = 3;

    public static AddAChildJourney? Load(ITempDataDictionary tempData, Guid journeyId, Guid accountId)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        if (tempData.Peek(KeyPrefix + journeyId.ToString("N")) is not string json)
        {
            return null;
        }

        var journey = JsonSerializer.Deserialize<AddAChildJourney>(json);
        return journey is not null && journey.Id == journeyId && journey.AccountId == accountId ? journey : null;
    }

    public static void Save(ITempDataDictionary tempData, AddAChildJourney journey)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        ArgumentNullException.ThrowIfNull(journey);
        tempData[KeyPrefix + journey.Id.ToString("N")] = JsonSerializer.Serialize(journey);

        // The cookie holds every journey, so keep only the newest few (two tabs, say) to keep it small.
        var older = tempData.Keys.Where(k => k.StartsWith(KeyPrefix, StringComparison.Ordinal))
            .Select(k => (Key: k, Started: tempData.Peek(k) is string j ? JsonSerializer.Deserialize<AddAChildJourney>(j)?.StartedAt : null))
            .OrderByDescending(j => j.Started)
            .Skip(MaxJourneys)
            .Select(j => j.Key)
            .ToList();
        foreach (var key in older)
        {
            tempData.Remove(key);
        }
    }

    public static void Remove(ITempDataDictionary tempData, Guid journeyId)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData.Remove(KeyPrefix + journeyId.ToString("N"));
    }
}
