using Dossier.Model;

namespace Dossier.Entities.Actors;

/// <summary>Honorifics that tell a person's gender when written right before the name ("Mr. West", "Ms. Psaki").</summary>
internal static class Honorifics
{
    private static readonly HashSet<string> Male = new(StringComparer.OrdinalIgnoreCase) { "Mr.", "Mr", "Sir", "Lord", "King", "Prince", "Sheikh", "Father", "Brother" };
    private static readonly HashSet<string> Female = new(StringComparer.OrdinalIgnoreCase) { "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Madam", "Lady", "Dame", "Queen", "Princess", "Sister" };

    public static Gender GenderBefore(TokenLayer tokens, int token)
    {
        if (token == 0) return Gender.Unknown;
        string before = tokens.TextAt(token - 1).ToString();
        return Male.Contains(before) ? Gender.Male : Female.Contains(before) ? Gender.Female : Gender.Unknown;
    }
}
