using Dossier.Entities;
using Dossier.Model;

namespace Dossier.Tests.Entities;

public class EntityLayerTests
{
    private const string Text = "U.S. envoy Thomas West met the Taliban. West said the U.S. would wait.";

    private static Document Annotated()
    {
        var document = Document.FromText(Text);
        var mentions = new MentionLayer.Builder();
        TextSpan Find(string s, int from = 0) { int i = Text.IndexOf(s, from, StringComparison.Ordinal); return new TextSpan(i, i + s.Length); }
        // Token ranges are nominal here; these tests exercise the character lookups.
        int us1 = mentions.Add(Find("U.S."), new TokenRange(0, 1), EntityType.Gpe, MentionKind.Acronym, 1);
        int west1 = mentions.Add(Find("Thomas West"), new TokenRange(2, 4), EntityType.Person, MentionKind.Name, 0);
        int taliban = mentions.Add(Find("Taliban"), new TokenRange(6, 7), EntityType.Org, MentionKind.Name, 2);
        int west2 = mentions.Add(Find("West", 25), new TokenRange(8, 9), EntityType.Person, MentionKind.PartialName, 0);
        int us2 = mentions.Add(Find("U.S.", 30), new TokenRange(11, 12), EntityType.Gpe, MentionKind.Acronym, 1);
        document.Set(mentions.Build());

        var actors = new ActorLayerBuilder(Text);
        int west = actors.Add("Thomas West", EntityType.Person, Gender.Male);
        int us = actors.Add("United States", EntityType.Gpe);
        actors.Add("Taliban", EntityType.Org);
        actors.AddAlias(west, "West");
        actors.AddAlias(us, "U.S.");
        actors.AddAlias(us, "U.S.");
        actors.AddTitle(west, new ActorTitle(Find("U.S. envoy"), Find("envoy"), us, Find("U.S. envoy Thomas West")));
        actors.AddAffiliation(west, new ActorAffiliation(us, AffiliationKind.Role, Find("U.S. envoy Thomas West")));
        foreach (var (m, a) in new[] { (west1, west), (west2, west), (us1, us), (us2, us), (taliban, 2) }) actors.AddMention(a, m);
        document.Set(actors.Build());
        return document;
    }

    [Fact]
    public void Mentions_are_sorted_and_found_by_offset()
    {
        var mentions = Annotated().Mentions;
        Assert.Equal(5, mentions.Count);
        Assert.True(mentions.SpanAt(0).Start < mentions.SpanAt(1).Start);
        int at = mentions.IndexAt(Text.IndexOf("West", StringComparison.Ordinal) + 1);
        Assert.Equal(EntityType.Person, mentions.TypeAt(at));
        Assert.Equal(-1, mentions.IndexAt(Text.IndexOf("met", StringComparison.Ordinal)));
    }

    [Fact]
    public void Overlapping_mentions_are_rejected()
    {
        var mentions = new MentionLayer.Builder();
        mentions.Add(new TextSpan(0, 10), new TokenRange(0, 2), EntityType.Org, MentionKind.Name);
        mentions.Add(new TextSpan(5, 12), new TokenRange(1, 3), EntityType.Org, MentionKind.Name);
        Assert.Throws<InvalidOperationException>(() => mentions.Build());
    }

    [Fact]
    public void Actor_of_a_titled_phrase_is_the_person_inside_it()
    {
        var document = Annotated();
        int end = Text.IndexOf(" met", StringComparison.Ordinal);
        Assert.Equal("Thomas West", document.Actors.NameAt(document.ActorOf(new TextSpan(0, end))));
        Assert.Equal("United States", document.Actors.NameAt(document.ActorOf(new TextSpan(0, 4))));
        Assert.Equal(-1, document.ActorOf(new TextSpan(end, end + 4)));
    }

    [Fact]
    public void Actors_are_found_by_name_or_alias_ignoring_case_and_a_leading_the()
    {
        var actors = Annotated().Actors;
        Assert.Equal(0, actors.Find("west"));
        Assert.Equal(2, actors.Find("the  Taliban"));
        Assert.Equal(1, actors.Find("U.S."));
        Assert.Equal(-1, actors.Find("Kabul"));
        Assert.Equal(["U.S."], actors.AliasesOf(1).ToArray());
    }

    [Fact]
    public void Nominal_title_word_points_to_the_titled_person()
    {
        var document = Annotated();
        Assert.Equal(0, document.Actors.PersonWithTitleWord("envoy", Text.Length));
        Assert.Equal(-1, document.Actors.PersonWithTitleWord("minister", Text.Length));
        Assert.True(TitleWords.Contains("Spokeswoman"));
    }
}
