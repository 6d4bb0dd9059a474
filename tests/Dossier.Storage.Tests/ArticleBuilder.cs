using Dossier.Model;
using Dossier.Storage.Facts;
using Dossier.Storage.Records;

namespace Dossier.Storage.Tests;

/// <summary>Builds an article's facts by hand: spans are found by the text they cover, actors by name.</summary>
internal sealed class ArticleBuilder(string text)
{
    private readonly List<ActorFact> _actors = [];
    private readonly List<MentionFact> _mentions = [];
    private readonly List<QuoteFact> _quotes = [];
    private readonly List<RelationFact> _relations = [];
    private readonly List<EventFact> _events = [];
    private DocumentMetadata _metadata = new() { Source = "test" };

    public static ArticleBuilder Text(string text) => new(text);

    public ArticleBuilder Titled(string title) { _metadata = _metadata with { Title = title }; return this; }
    public ArticleBuilder Published(string isoDate) { _metadata = _metadata with { Published = DateTimeOffset.Parse(isoDate, System.Globalization.CultureInfo.InvariantCulture) }; return this; }
    public ArticleBuilder From(string source) { _metadata = _metadata with { Source = source }; return this; }

    public ArticleBuilder Actor(string name, string type, string[]? aliases = null, string[]? titles = null)
    {
        _actors.Add(new ActorFact(name, type) { Aliases = aliases ?? [], Titles = titles ?? [] });
        foreach (var n in (aliases ?? []).Prepend(name))
            for (int at = text.IndexOf(n, StringComparison.Ordinal); at >= 0; at = text.IndexOf(n, at + n.Length, StringComparison.Ordinal))
                if (!_mentions.Any(m => m.Span.Overlaps(new TextSpan(at, at + n.Length)))) _mentions.Add(new MentionFact(new TextSpan(at, at + n.Length), type, _actors.Count - 1));
        return this;
    }

    public ArticleBuilder Quote(string speaker, string content, string type = "direct", string? cue = null)
    {
        int actor = _actors.FindIndex(a => a.Name == speaker);
        _quotes.Add(new QuoteFact
        {
            Type = type,
            Content = [Span(content)],
            Cue = cue is null ? null : Span(cue),
            Speaker = actor >= 0 && text.Contains(speaker, StringComparison.Ordinal) ? Span(speaker) : null,
            SpeakerActor = actor,
            SpeakerName = speaker,
            Resolution = "named",
            Confidence = 0.9f,
        });
        return this;
    }

    public ArticleBuilder Relation(string subject, string predicate, string target, string evidence)
    {
        _relations.Add(new RelationFact(_actors.FindIndex(a => a.Name == subject), predicate, _actors.FindIndex(a => a.Name == target), Span(evidence)));
        return this;
    }

    public ArticleBuilder Event(string type, string actor, string target, string evidence)
    {
        _events.Add(new EventFact { Type = type, Actor = _actors.FindIndex(a => a.Name == actor), Target = _actors.FindIndex(a => a.Name == target), Evidence = Span(evidence) });
        return this;
    }

    private TextSpan Span(string part)
    {
        int at = text.IndexOf(part, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{part}' is not in the text");
        return new TextSpan(at, at + part.Length);
    }

    public ArticleFacts Build()
    {
        var mentions = _mentions.OrderBy(m => m.Span.Start).ToList();
        // "About": actors mentioned in each quote's content, as DocumentFacts links them.
        var quotes = _quotes.Select(q => q with
        {
            About = [.. mentions.Where(m => m.Actor != q.SpeakerActor && q.Content.Any(c => c.Contains(m.Span))).Select(m => m.Actor).Distinct()],
        }).ToList();
        return new ArticleFacts
        {
            ContentHash = ContentHash.Of(text),
            Text = text,
            Metadata = _metadata,
            Actors = _actors,
            Mentions = mentions,
            Quotes = quotes,
            Relations = _relations,
            Events = _events,
        };
    }
}
