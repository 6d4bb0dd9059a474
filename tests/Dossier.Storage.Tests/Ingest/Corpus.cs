using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dossier.Storage.Tests.Ingest;

/// <summary>Synthetic news articles as JSON Lines: each distinct, each with a named speaker and a quote.</summary>
internal static class Corpus
{
    private static readonly string[] Surnames = ["Alvarez", "Becker", "Chen", "Dubois", "Eriksen", "Fofana", "Garcia", "Haddad", "Ivanova", "Jensen"];

    public static string Article(int i) => string.Create(CultureInfo.InvariantCulture,
        $"Senator Dana {Surnames[i % Surnames.Length]} said on Tuesday that the harbour bill number {i} would pass. \"We have the votes for bill {i},\" {Surnames[i % Surnames.Length]} told reporters in the capital.");

    public static string JsonLine(int i) => JsonSerializer.Serialize(new
    {
        id = "a" + i.ToString(CultureInfo.InvariantCulture),
        title = "Harbour bill " + i.ToString(CultureInfo.InvariantCulture),
        date = new DateTime(2020, 1, 1).AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        source = "Test Wire",
        text = Article(i),
    });

    public static void Write(string path, int count, Func<int, string>? line = null)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) text.Append(line?.Invoke(i) ?? JsonLine(i)).Append('\n');
        File.WriteAllText(path, text.ToString());
    }
}
