using Dossier.Model;
using Dossier.Text;

namespace Dossier.Entities.Training.Clusters;

/// <summary>
/// One pass over unlabelled articles: word counts (as written), left and right neighbour counts (lower case), and
/// how often each lower-cased word is capitalised when it does not open a sentence.
/// </summary>
internal sealed class CorpusStatistics
{
    public Dictionary<string, int> WordCounts { get; } = new(StringComparer.Ordinal);
    /// <summary>Per lower-cased word: occurrences not at a sentence start, and how many of them were capitalised.</summary>
    public Dictionary<string, (int Total, int Capitalised)> Capitalisation { get; } = new(StringComparer.Ordinal);
    /// <summary>Token sequences of every sentence, as interned word ids (ids index <see cref="Words"/>).</summary>
    public List<int[]> Sentences { get; } = [];
    public List<string> Words { get; } = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    public long TokenCount { get; private set; }

    public void Add(string text)
    {
        var document = Document.FromText(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens, document.Paragraphs);
        for (int s = 0; s < sentences.Count; s++)
        {
            var range = sentences.TokensAt(s);
            var ids = new int[range.Length];
            bool opening = true;
            for (int t = range.Start; t < range.End; t++)
            {
                var span = tokens.TextAt(t);
                string word = Normalise(span);
                ids[t - range.Start] = Id(word);
                WordCounts[word] = WordCounts.GetValueOrDefault(word) + 1;
                bool hasLetter = word.Any(char.IsLetter);
                if (hasLetter && !opening)
                {
                    string lower = word.ToLowerInvariant();
                    var (total, caps) = Capitalisation.GetValueOrDefault(lower);
                    Capitalisation[lower] = (total + 1, caps + (char.IsUpper(word[0]) ? 1 : 0));
                }
                // A sentence "opens" until its first word: quotation marks and brackets before it do not count.
                if (hasLetter || word.Any(char.IsDigit)) opening = false;
            }
            Sentences.Add(ids);
            TokenCount += ids.Length;
        }
    }

    private int Id(string word)
    {
        if (_ids.TryGetValue(word, out int id)) return id;
        id = Words.Count;
        Words.Add(word);
        _ids[word] = id;
        return id;
    }

    /// <summary>Typographic apostrophes and hyphens as the tagger's hashes see them, so cluster keys match.</summary>
    private static string Normalise(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++) buffer[i] = Tagging.FeatureHash.Normalise(word[i]);
        return new string(buffer);
    }
}
