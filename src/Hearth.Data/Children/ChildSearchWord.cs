namespace Hearth.Data.Children;

/// <summary>
/// One word of one of a child's names, normalised, with its Soundex code: the index "Find a child" searches.
/// Not part of the domain: <see cref="HearthDbContext"/> keeps these rows in step with the child's names.
/// </summary>
public sealed class ChildSearchWord
{
    public const int MaxWordLength = 100;

    public ChildSearchWord(Guid childId, string word, string sound)
    {
        ChildId = childId;
        Word = word;
        Sound = sound;
    }

    public Guid ChildId { get; private set; }

    public string Word { get; private set; }

    public string Sound { get; private set; }
}
