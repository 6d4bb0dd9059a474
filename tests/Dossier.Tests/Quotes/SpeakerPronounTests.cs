using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>Which earlier person a "he" or "she" points back to.</summary>
public class SpeakerPronounTests
{
    private static List<Quote> Extract(string text)
    {
        var document = SimpleText.Analyse(text);
        new QuotesComponent().Process(document);
        return [.. document.Get<QuoteLayer>().All()];
    }

    [Fact]
    public void A_subject_in_the_sentence_before_outranks_an_older_speaker()
    {
        var quotes = Extract("“We won,” Karl Weiss said.\n\nAlex Berg arrived late.\n\n“It is over,” he warned.");
        Assert.Equal("Alex Berg", quotes[^1].SpeakerName);
    }

    [Fact]
    public void A_speaker_outranks_a_subject_when_both_lie_several_sentences_back()
    {
        var quotes = Extract("“We won,” Karl Weiss said.\n\nAlex Berg arrived late. The hall was full. The band played. The lights dimmed.\n\n“It is over,” he warned.");
        Assert.Equal("Karl Weiss", quotes[^1].SpeakerName);
        Assert.Equal(SpeakerResolution.Pronoun, quotes[^1].Resolution);
    }

    [Fact]
    public void A_conjunction_that_opens_the_sentence_is_no_part_of_the_name_after_it()
    {
        var document = SimpleText.Analyse("Karl Weiss spoke.\n\nThough Weiss led, the vote failed.\n\nHe left.");
        SetFlatSyntax(document, ("Though", UniversalPos.Sconj), ("Karl", UniversalPos.Propn), ("Weiss", UniversalPos.Propn), ("He", UniversalPos.Pron));
        var resolver = new SpeakerResolver(document, document.Tokens);
        resolver.LearnNames(document.Sentences);
        int he = TokenOf(document, "He");
        Assert.Equal("Karl Weiss", resolver.Resolve(he, he + 1).Name);
    }

    private static int TokenOf(Document document, string word)
    {
        for (int t = 0; t < document.Tokens.Count; t++)
        {
            if (document.Tokens.TextAt(t).SequenceEqual(word)) return t;
        }
        throw new ArgumentException(word);
    }

    /// <summary>A stand-in tree: every token hangs from its sentence's last token; the listed words get their part of speech, the rest are nouns.</summary>
    private static void SetFlatSyntax(Document document, params (string Word, UniversalPos Pos)[] parts)
    {
        var tokens = document.Tokens;
        int n = tokens.Count;
        var pos = new UniversalPos[n];
        var tags = new PennTag[n];
        var lemmas = new string[n];
        var heads = new int[n];
        var relations = new DependencyRelation[n];
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var range = document.Sentences.TokensAt(s);
            for (int t = range.Start; t < range.End; t++)
            {
                var word = tokens.TextAt(t).ToString();
                pos[t] = parts.FirstOrDefault(p => p.Word == word) is { Word: not null } part ? part.Pos : UniversalPos.Noun;
                tags[t] = PennTag.NN;
                lemmas[t] = word.ToLowerInvariant();
                heads[t] = t == range.End - 1 ? -1 : range.End - 1;
                relations[t] = t == range.End - 1 ? DependencyRelation.Root : DependencyRelation.Dep;
            }
        }
        document.Set(new SyntaxLayer(tokens, pos, tags, lemmas, heads, relations));
    }
}
