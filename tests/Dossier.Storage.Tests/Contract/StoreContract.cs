using Dossier.Storage.Queries;
using Dossier.Storage.Records;

namespace Dossier.Storage.Tests.Contract;

/// <summary>
/// The behaviour every store engine must have, written once against <see cref="IDossierStore"/> and run against
/// every engine in <see cref="StoreEngines.All"/> (each test on a fresh store).
/// </summary>
public sealed class StoreContract : IDisposable
{
    private readonly List<FreshStore> _stores = [];

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
    }

    private IDossierStore Open(string engine)
    {
        var fresh = StoreEngines.Create(engine);
        _stores.Add(fresh);
        return fresh.Store;
    }

    private static IReadOnlyList<ArticleWrite> Write(IDossierStore store, params ArticleFacts[] articles)
    {
        using var writer = store.OpenWriter();
        return writer.Write(articles);
    }

    [PostgresFact]
    public void The_contract_also_runs_on_PostgreSQL()
    {
        var store = Open("postgres");
        // A schema version names the same tables on both engines.
        Assert.Equal(("postgres", Sqlite.SqliteMigrator.Latest), (store.Info.Engine, store.Info.SchemaVersion));
    }

    private static ArticleFacts EnvoyArticle() => ArticleBuilder
        .Text("Special envoy Maria Lopez said on Monday the Northern Front must cut ties with the Red Brigade. \"We will judge the Northern Front by its actions,\" Lopez said. The Northern Front insisted the Red Brigade does not exist in the valley.")
        .Titled("Envoy presses the Northern Front")
        .Published("2021-11-08")
        .Actor("Maria Lopez", "PERSON", aliases: ["Lopez"], titles: ["Special envoy"])
        .Actor("Northern Front", "ORG", aliases: ["the Northern Front"])
        .Actor("Red Brigade", "ORG")
        .Quote("Maria Lopez", "the Northern Front must cut ties with the Red Brigade", "indirect", "said")
        .Quote("Maria Lopez", "We will judge the Northern Front by its actions,", "direct", "said")
        .Quote("Northern Front", "the Red Brigade does not exist in the valley", "indirect", "insisted")
        .Relation("Northern Front", "conflict", "Red Brigade", "must cut ties with the Red Brigade")
        .Event("meeting", "Maria Lopez", "Northern Front", "said on Monday")
        .Build();

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Stored_article_is_reported_stored_and_counted(string engine)
    {
        var store = Open(engine);
        var result = Write(store, EnvoyArticle());
        Assert.Equal(WriteOutcome.Stored, result[0].Outcome);
        var stats = store.GetStats();
        Assert.Equal(1, stats.Articles);
        Assert.Equal(3, stats.Quotes);
        Assert.Equal(3, stats.Actors);
        Assert.Equal(1, stats.Relations);
        Assert.Equal(1, stats.Events);
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Same_content_written_twice_is_stored_once(string engine)
    {
        var store = Open(engine);
        Write(store, EnvoyArticle());
        var again = Write(store, EnvoyArticle());
        Assert.Equal(WriteOutcome.Duplicate, again[0].Outcome);
        Assert.Equal(1, store.GetStats().Articles);
        Assert.Equal(3, store.GetStats().Quotes);
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Duplicate_within_one_batch_is_stored_once(string engine)
    {
        var store = Open(engine);
        var results = Write(store, EnvoyArticle(), EnvoyArticle());
        Assert.Equal([WriteOutcome.Stored, WriteOutcome.Duplicate], results.Select(r => r.Outcome));
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Content_index_knows_stored_content(string engine)
    {
        var store = Open(engine);
        var article = EnvoyArticle();
        using var index = store.OpenContentIndex();
        Assert.False(index.Contains(article.ContentHash));
        Write(store, article);
        Assert.True(index.Contains(article.ContentHash));
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Quotes_by_speaker_list_that_speakers_quotes(string engine)
    {
        var store = Open(engine);
        Write(store, EnvoyArticle());
        var quotes = store.FindQuotes(new QuoteQuery { Speaker = "Maria Lopez" });
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Maria Lopez", q.Speaker));
        Assert.Contains(quotes, q => q.Content == "We will judge the Northern Front by its actions," && q.Type == "direct" && q.Cue == "said");
        Assert.All(quotes, q => Assert.Equal("Envoy presses the Northern Front", q.ArticleTitle));
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Quote_spans_cover_the_stored_content(string engine)
    {
        var store = Open(engine);
        var article = EnvoyArticle();
        Write(store, article);
        var quote = store.FindQuotes(new QuoteQuery { Speaker = "Maria Lopez", Type = "direct" }).Single();
        var fragment = Assert.Single(quote.Fragments);
        Assert.Equal(quote.Content, article.Text[fragment.Start..fragment.End]);
        Assert.Equal("Maria Lopez", article.Text[quote.SpeakerSpan!.Value.Start..quote.SpeakerSpan.Value.End]);
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Quotes_filter_by_actor_spoken_about_words_type_and_date(string engine)
    {
        var store = Open(engine);
        Write(store, EnvoyArticle());
        Assert.Equal(2, store.FindQuotes(new QuoteQuery { About = "Red Brigade" }).Count);
        Assert.Equal(2, store.FindQuotes(new QuoteQuery { About = "Northern Front" }).Count);
        Assert.Single(store.FindQuotes(new QuoteQuery { Text = "judge actions" }));
        Assert.Equal(2, store.FindQuotes(new QuoteQuery { Type = "indirect" }).Count);
        Assert.Equal(3, store.FindQuotes(new QuoteQuery { Since = new DateTimeOffset(2021, 11, 8, 0, 0, 0, TimeSpan.Zero) }).Count);
        Assert.Empty(store.FindQuotes(new QuoteQuery { Since = new DateTimeOffset(2021, 11, 9, 0, 0, 0, TimeSpan.Zero) }));
        Assert.Empty(store.FindQuotes(new QuoteQuery { Until = new DateTimeOffset(2021, 11, 8, 0, 0, 0, TimeSpan.Zero) }));
        Assert.Empty(store.FindQuotes(new QuoteQuery { Speaker = "Nobody Known" }));

        // The actor spoken about combines with the other filters, paged or not.
        var about = store.FindQuotes(new QuoteQuery { About = "Northern Front" });
        Assert.Equal(about.Select(q => q.Id), store.FindQuotes(new QuoteQuery { About = "Northern Front", Limit = 0 }).Select(q => q.Id));
        foreach (var type in about.Select(q => q.Type).Distinct())
            Assert.Equal(about.Where(q => q.Type == type).Select(q => q.Id), store.FindQuotes(new QuoteQuery { About = "Northern Front", Type = type }).Select(q => q.Id));
        Assert.Empty(store.FindQuotes(new QuoteQuery { About = "Northern Front", Since = new DateTimeOffset(2021, 11, 9, 0, 0, 0, TimeSpan.Zero) }));
        Assert.Single(store.FindQuotes(new QuoteQuery { About = "Northern Front", Limit = 1 }));
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Quote_text_search_tolerates_search_syntax_in_the_words(string engine)
    {
        var store = Open(engine);
        Write(store, EnvoyArticle());
        // Operators and stray quotes are words or ignored, never a syntax error; what comes back matches.
        Assert.All(store.FindQuotes(new QuoteQuery { Text = "judge AND OR NOT ( \" *" }), q => Assert.Contains("judge", q.Content, StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Same_full_name_in_two_articles_is_one_actor(string engine)
    {
        var store = Open(engine);
        Write(store, EnvoyArticle());
        Write(store, ArticleBuilder.Text("Envoy Maria Lopez arrived in the capital.").Published("2021-11-10").Actor("Maria Lopez", "PERSON").Build());
        var actor = Assert.Single(store.FindActors("Maria Lopez"));
        Assert.Equal(2, actor.Articles);
        Assert.Equal(new DateTimeOffset(2021, 11, 8, 0, 0, 0, TimeSpan.Zero), actor.FirstSeen);
        Assert.Equal(new DateTimeOffset(2021, 11, 10, 0, 0, 0, TimeSpan.Zero), actor.LastSeen);
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void People_who_share_a_surname_are_never_merged(string engine)
    {
        var store = Open(engine);
        Write(store, ArticleBuilder.Text("John Smith, a senator, spoke. Smith said little.").Actor("John Smith", "PERSON", aliases: ["Smith"]).Build());
        Write(store, ArticleBuilder.Text("Jane Smith, a judge, ruled. Smith wrote the opinion.").Actor("Jane Smith", "PERSON", aliases: ["Smith"]).Build());
        Write(store, ArticleBuilder.Text("Mr. Smith declined to comment.").Actor("Smith", "PERSON").Build());
        Write(store, ArticleBuilder.Text("Mr. Smith was not available.").Actor("Smith", "PERSON").Build());
        var smiths = store.FindActors("Smith");
        Assert.Equal(2, smiths.Count(a => a.Partial));          // each one-word "Smith" stays on its own
        Assert.Equal(4, smiths.Count);
        Assert.Single(store.FindActors("John Smith"));
        Assert.Single(store.FindActors("Jane Smith"));
        Assert.All(smiths, a => Assert.Equal(1, a.Articles));
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_short_list_of_matches_shows_full_names_before_one_word_people(string engine)
    {
        var store = Open(engine);
        for (int i = 0; i < 3; i++) Write(store, ArticleBuilder.Text($"Mr. Smith declined to comment, day {i}.").Actor("Smith", "PERSON").Build());
        Write(store, ArticleBuilder.Text("John Smith, a senator, spoke.").Actor("John Smith", "PERSON").Build());
        var smiths = store.FindActors("Smith", limit: 2);
        Assert.Equal(["John Smith", "Smith"], smiths.Select(a => a.Name));
        Assert.True(smiths[1].Partial);
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Organisation_merges_on_an_alias_another_article_linked(string engine)
    {
        var store = Open(engine);
        Write(store, ArticleBuilder.Text("The Federal Election Commission (FEC) fined the campaign.").Actor("Federal Election Commission", "ORG", aliases: ["FEC"]).Build());
        Write(store, ArticleBuilder.Text("The FEC said the filing was late.").Actor("FEC", "ORG").Build());
        var actor = Assert.Single(store.FindActors("FEC"));
        Assert.Equal("Federal Election Commission", actor.Name);
        Assert.Equal(2, actor.Articles);
        var profile = store.GetActorProfile(actor.Id)!;
        Assert.Contains(profile.MergeEvidence, e => e.Name == "alias on \"fec\"" || e.Name == "same-name on \"fec\"");
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Names_differing_only_in_case_periods_and_a_leading_the_merge(string engine)
    {
        var store = Open(engine);
        Write(store, ArticleBuilder.Text("The U.S. Army moved.").Actor("U.S. Army", "ORG").Build());
        Write(store, ArticleBuilder.Text("the US army moved again.").Actor("the US army", "ORG").Build());
        Assert.Equal(2, Assert.Single(store.FindActors("U.S. Army")).Articles);
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Actor_profile_shows_claims_whom_it_speaks_about_and_who_speaks_about_it(string engine)
    {
        var store = Open(engine);
        Write(store, EnvoyArticle());
        var front = store.FindActors("Northern Front")[0];
        var profile = store.GetActorProfile(front.Id)!;
        Assert.Equal("ORG", profile.Actor.Type);
        Assert.Contains("the Northern Front", profile.Actor.Aliases);
        var claim = Assert.Single(profile.Said);
        Assert.Equal("the Red Brigade does not exist in the valley", claim.Content);
        Assert.Equal("Red Brigade", Assert.Single(profile.SpeaksAbout).Name);
        var speaker = Assert.Single(profile.SpokenAboutBy);
        Assert.Equal(("Maria Lopez", 2), (speaker.Name, speaker.Count));
        Assert.Equal(2, profile.QuotesAbout);
        Assert.Single(profile.Relations);
        Assert.Equal(1, profile.Events);
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Person_profile_keeps_titles(string engine)
    {
        var store = Open(engine);
        Write(store, EnvoyArticle());
        var profile = store.GetActorProfile(store.FindActors("Lopez")[0].Id)!;
        Assert.Equal("Maria Lopez", profile.Actor.Name);
        Assert.Contains(profile.Titles, t => t.Name == "Special envoy");
        Assert.Equal(2, profile.Actor.Quotes);
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Search_ranks_articles_and_marks_the_words_in_a_snippet(string engine)
    {
        var store = Open(engine);
        Write(store, EnvoyArticle());
        Write(store, ArticleBuilder.Text("Farmers in the valley brought in a record harvest.").Titled("Harvest").Build());
        var hits = store.Search("valley");
        Assert.Equal(2, hits.Count);
        Assert.Contains(hits[0].Highlights, h => hits[0].Snippet[h.Start..h.End] == "valley");
        var harvest = Assert.Single(store.Search("harvests"));  // stemmed
        Assert.Equal("Harvest", harvest.Title);
        Assert.Empty(store.Search("nonexistentword"));
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Exports_return_what_was_stored(string engine)
    {
        var store = Open(engine);
        Write(store, EnvoyArticle());
        Assert.Equal(3, store.ExportQuotes().Count());
        Assert.Equal(3, store.ExportActors().Count());
        var relation = Assert.Single(store.ExportRelations());
        Assert.Equal(("Northern Front", "conflict", "Red Brigade"), (relation.Subject, relation.Predicate, relation.Target));
        var e = Assert.Single(store.ExportEvents());
        Assert.Equal(("meeting", "Maria Lopez", "Northern Front"), (e.Type, e.Actor, e.Target));
    }

    [Theory, MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Graph_has_actors_as_nodes_and_weighted_edges(string engine)
    {
        var store = Open(engine);
        Write(store, EnvoyArticle());
        var graph = store.ExportGraph(new GraphOptions { MinArticles = 1, MinCoOccurrence = 1 });
        Assert.Equal(3, graph.Nodes.Count);
        long lopez = graph.Nodes.Single(n => n.Label == "Maria Lopez").Id, front = graph.Nodes.Single(n => n.Label == "Northern Front").Id;
        var speaks = graph.Edges.Single(e => e.Kind == GraphEdgeKinds.SpeaksAbout && e.Source == lopez && e.Target == front);
        Assert.Equal(2, speaks.Weight);
        Assert.Contains(graph.Edges, e => e.Kind == GraphEdgeKinds.Relation && e.Label == "conflict");
        Assert.Equal(3, graph.Edges.Count(e => e.Kind == GraphEdgeKinds.CoOccurs));
    }
}
