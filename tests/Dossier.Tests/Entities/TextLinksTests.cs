using Dossier.Entities;
using Dossier.Entities.Actors;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Entities;

public class TextLinksTests
{
    /// <summary>Drafts for the given names in order of appearance, then the links the text states between them.</summary>
    private static (List<MentionDraft> Names, List<(string From, string To)> Links) Link(string text, params (string Name, EntityType Type)[] names)
    {
        var document = Document.FromText(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens, document.Paragraphs);
        var drafts = MentionDrafts.InOrder(text, tokens, names);
        var links = new TextLinks(tokens, sentences, drafts).Find();
        return (drafts, [.. links.Select(l => (drafts[l.From].Text, drafts[l.To].Text))]);
    }

    private static void AssertNoOverlap(List<MentionDraft> names)
    {
        for (int i = 1; i < names.Count; i++)
            Assert.True(names[i - 1].Span.End <= names[i].Span.Start, $"{names[i - 1]} overlaps {names[i]}");
    }

    [Fact]
    public void Alias_after_known_as_takes_in_a_name_the_tagger_found_inside_it()
    {
        // Regression (DSR0205 "Mentions overlap"): the alias "Healthy Texas Women" was added over the tagger's "Texas Women".
        var (names, links) = Link("The program, now known as Healthy Texas Women, floundered for years.", ("Texas Women", EntityType.Org));
        AssertNoOverlap(names);
        Assert.Equal(["Healthy Texas Women"], names.Select(n => n.Text));
        Assert.Empty(links);
    }

    [Fact]
    public void Alias_after_known_as_stops_before_a_name_that_runs_past_it()
    {
        var (names, _) = Link("The group, known as Free Syria Army Command, left.", ("Army Command", EntityType.Org));
        AssertNoOverlap(names);
    }

    [Fact]
    public void Alias_after_known_as_keeps_a_name_a_bracket_already_linked()
    {
        var (names, links) = Link("The plan, known as Healthy Texas Women (HTW), failed.", ("Texas Women", EntityType.Org));
        AssertNoOverlap(names);
        Assert.Contains(("HTW", "Texas Women"), links);
    }

    [Fact]
    public void Also_known_as_links_the_name_right_before_it()
    {
        var (_, links) = Link("Islamic State Khorasan Province, also known as ISIS-K, claimed the attack.",
            ("Islamic State Khorasan Province", EntityType.Org), ("ISIS-K", EntityType.Org));
        Assert.Equal([("ISIS-K", "Islamic State Khorasan Province")], links);
    }

    [Fact]
    public void Known_as_without_a_name_before_it_links_nothing()
    {
        var (_, links) = Link("Acme Corp said the drug, known as Zentra, works.", ("Acme Corp", EntityType.Org), ("Zentra", EntityType.Misc));
        Assert.Empty(links);
    }

    [Fact]
    public void Acronym_in_brackets_links_to_the_name_before_it()
    {
        var (names, links) = Link("The Foundation for Defense of Democracies (FDD) wrote.", ("Foundation for Defense of Democracies", EntityType.Org));
        Assert.Equal([("FDD", "Foundation for Defense of Democracies")], links);
        AssertNoOverlap(names);
    }
}
