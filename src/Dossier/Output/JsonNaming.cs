namespace Dossier.Output;

/// <summary>How enum values and names are spelled in JSON: camelCase ("PhotoCredit" → "photoCredit").</summary>
public static class JsonNaming
{
    public static string Camel(string name) =>
        string.IsNullOrEmpty(name) || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
