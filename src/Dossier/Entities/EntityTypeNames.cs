namespace Dossier.Entities;

/// <summary>Labels of <see cref="EntityType"/> as they appear in JSON and reports ("PERSON", "GPE"), and the CoNLL mapping.</summary>
public static class EntityTypeNames
{
    private static readonly string[] Labels = ["PERSON", "ORG", "GPE", "LOC", "NORP", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"];

    public static string Label(this EntityType type) => Labels[(int)type];

    /// <summary>True for the types the tagger assigns to names (as opposed to dates, times and numbers).</summary>
    public static bool IsName(this EntityType type) => type <= EntityType.Misc;

    /// <summary>The CoNLL-2003 type a name type is scored as: GPE and LOC are LOC, NORP is MISC; null for values.</summary>
    public static string? ConllLabel(this EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Org => "ORG",
        EntityType.Gpe or EntityType.Loc => "LOC",
        EntityType.Norp or EntityType.Misc => "MISC",
        _ => null,
    };

    public static bool TryParse(ReadOnlySpan<char> label, out EntityType type)
    {
        for (int i = 0; i < Labels.Length; i++)
        {
            if (label.Equals(Labels[i], StringComparison.OrdinalIgnoreCase))
            {
                type = (EntityType)i;
                return true;
            }
        }
        type = default;
        return false;
    }
}
