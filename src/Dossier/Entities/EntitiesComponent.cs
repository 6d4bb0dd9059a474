using Dossier.Entities.Actors;
using Dossier.Entities.Tagging;
using Dossier.Entities.Values;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Entities;

/// <summary>
/// Finds the entities of an article and links them to canonical actors: (1) names from the trained tagger, typed
/// PERSON, ORG, GPE, LOC, NORP or MISC; (2) dates, times, money, percentages and counts from rules; (3) links the
/// text states ("Foundation for Defense of Democracies (FDD)", "known as “Khorasan”"); (4) actors from names,
/// aliases, acronyms and surnames; (5) titles and affiliations of people, nationalities of demonyms.
/// </summary>
public sealed class EntitiesComponent : IPipelineComponent
{
    public const string Name = "entities";

    private readonly NamedEntityTagger _tagger;
    private readonly AliasTable _aliases;
    private readonly NameRefiner _refiner;

    /// <summary>Loads the tagger, its resources and the alias table from <paramref name="modelsDirectory"/> (default: the shipped models).</summary>
    public EntitiesComponent(string? modelsDirectory = null)
    {
        string directory = modelsDirectory ?? EntityModelFiles.Directory();
        _tagger = NamedEntityTagger.Load(directory);
        _aliases = AliasTable.Load(Path.Combine(directory, EntityModelFiles.Aliases));
        _refiner = new NameRefiner(_tagger.Tagger.Model.Resources.Gazetteer);
    }

    public ComponentInfo Info { get; } = new(Name, "1.0", [typeof(TokenLayer), typeof(SentenceLayer)], [typeof(MentionLayer), typeof(ActorLayer)]);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        var names = FindNames(document, tokens, sentences);
        var links = new TextLinks(tokens, sentences, names).Find();
        var values = FindValues(document, tokens, sentences, names);

        var resolver = new ActorResolver(_aliases, _refiner.IsDemonym, d => _refiner.IsKnownNonPerson(d.Text));
        var actors = resolver.Resolve(document.Text, names, links, d => Honorifics.GenderBefore(tokens, d.Tokens.Start));
        foreach (var found in new TitleFinder(tokens, sentences, names).Find())
        {
            actors.AddTitle(found.Person, found.Title);
            if (found.Title.Organization >= 0 && found.Title.Organization != found.Person)
                actors.AddAffiliation(found.Person, new ActorAffiliation(found.Title.Organization, AffiliationKind.Role, found.Title.Evidence));
        }
        LinkNationalities(names, actors);

        var all = names.Concat(values).OrderBy(d => d.Span.Start).ToList();
        var mentions = new MentionLayer.Builder();
        for (int i = 0; i < all.Count; i++)
        {
            var d = all[i];
            mentions.Add(d.Span, d.Tokens, d.Type, d.Kind, d.Actor);
            if (d.Actor >= 0) actors.AddMention(d.Actor, i);
        }
        document.Set(mentions.Build());
        document.Set(actors.Build());
    }

    private List<MentionDraft> FindNames(Document document, TokenLayer tokens, SentenceLayer sentences)
    {
        var sentenceStarts = new int[sentences.Count];
        for (int s = 0; s < sentenceStarts.Length; s++) sentenceStarts[s] = sentences.TokensAt(s).Start;
        var labels = new int[tokens.Count];
        _tagger.Tag(document.Text, tokens.Starts, tokens.Ends, sentenceStarts, labels);
        var names = new List<MentionDraft>();
        for (int t = 0; t < tokens.Count; t++)
        {
            int type = NerLabels.TypeOf(labels[t]);
            if (type < 0) continue;
            int end = t + 1;
            if (NerLabels.IsOpen(labels[t]))
            {
                while (end < tokens.Count && NerLabels.TypeOf(labels[end]) == type && NerLabels.PositionOf(labels[end]) is NerLabels.Position.Inside) end++;
                if (end < tokens.Count && NerLabels.TypeOf(labels[end]) == type && NerLabels.PositionOf(labels[end]) is NerLabels.Position.Last) end++;
            }
            // "Mohammed Shia" + "al-Sudani": an Arabic particle name right after a name belongs to it, whatever its tag.
            while (end < tokens.Count && NameRefiner.IsNameParticle(tokens.TextAt(end)) && tokens.StartAt(end) - tokens.EndAt(end - 1) <= 1)
            {
                end++;
                while (end < tokens.Count && NerLabels.TypeOf(labels[end]) >= 0 && NerLabels.PositionOf(labels[end]) is NerLabels.Position.Inside or NerLabels.Position.Last) end++;
            }
            int next = end;
            // A possessive or a full stop is never part of a name, whatever the tagger says.
            while (end > t + 1 && tokens.KindAt(end - 1) is TokenKind.Clitic or TokenKind.Punctuation) end--;
            var range = new TokenRange(t, end);
            var refined = _refiner.Refine(type, tokens, range);
            if (refined is EntityType.Person or EntityType.Misc && NameRefiner.ExtendsToOrganisation(tokens, end))
            {
                range = new TokenRange(t, end + 1);
                refined = EntityType.Org;
            }
            else if (refined == EntityType.Org) range = NameRefiner.ExtendOrganisationHead(tokens, range, sentences);
            var draft = Draft(document, tokens, range, refined);
            // General knowledge beats the tagger's guess: a name the alias table knows keeps the table's type.
            int group = _aliases.GroupOf(draft.Key);
            if (group >= 0 && _aliases.TypeOf(group).IsName()) draft.Type = _aliases.TypeOf(group);
            if (names.Count > 0 && names[^1].Tokens.End > range.Start) names.RemoveAt(names.Count - 1);
            names.Add(draft);
            t = next - 1;
        }
        foreach (var media in _refiner.MediaNames(tokens, sentences, names)) names.Add(Draft(document, tokens, media, EntityType.Org));
        names.Sort((a, b) => a.Tokens.Start.CompareTo(b.Tokens.Start));
        OrganisationNames.Join(names, document, tokens, sentences, _refiner.IsGroupAdjective);
        PersonEvidence.Apply(names, tokens, d => _refiner.IsKnownNonPerson(d.Text));
        return names;
    }

    internal static MentionDraft Draft(Document document, TokenLayer tokens, TokenRange range, EntityType type)
    {
        var span = tokens.SpanOf(range);
        bool quoted = range.Start > 0 && tokens.KindAt(range.Start - 1) == TokenKind.Quote
            && (range.End < tokens.Count && tokens.KindAt(range.End) == TokenKind.Quote
                || range.End + 1 < tokens.Count && tokens.KindAt(range.End) == TokenKind.Punctuation && tokens.KindAt(range.End + 1) == TokenKind.Quote);
        return new MentionDraft(span, range, type, NormaliseSpaces(document.Slice(span))) { Quoted = quoted };
    }

    private static string NormaliseSpaces(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static List<MentionDraft> FindValues(Document document, TokenLayer tokens, SentenceLayer sentences, List<MentionDraft> names)
    {
        var taken = new bool[tokens.Count];
        foreach (var n in names) for (int t = n.Tokens.Start; t < n.Tokens.End; t++) taken[t] = true;
        var found = new List<ValueFinder.Value>();
        for (int s = 0; s < sentences.Count; s++) ValueFinder.Find(tokens, sentences.TokensAt(s), taken, found);
        return [.. found.Select(v => Draft(document, tokens, v.Tokens, v.Type))];
    }

    /// <summary>Ties each nationality to its country when the article names the country ("Afghan" → Afghanistan).</summary>
    private void LinkNationalities(List<MentionDraft> names, ActorLayerBuilder actors)
    {
        for (int a = 0; a < actors.Count; a++)
        {
            if (actors.TypeAt(a) != EntityType.Norp) continue;
            if (_aliases.CountryOf(NameKey.Of(actors.NameAt(a))) is not { } country) continue;
            string key = NameKey.Of(country);
            int target = Enumerable.Range(0, actors.Count).FirstOrDefault(b => actors.TypeAt(b) == EntityType.Gpe && NameKey.Of(actors.NameAt(b)) == key, -1);
            if (target < 0) continue;
            var first = names.First(n => n.Actor == a);
            actors.AddAffiliation(a, new ActorAffiliation(target, AffiliationKind.NationalityOf, first.Span));
        }
    }
}
