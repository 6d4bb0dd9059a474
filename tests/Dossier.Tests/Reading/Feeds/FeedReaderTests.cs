using Dossier.Reading;

namespace Dossier.Tests.Reading.Feeds;

public sealed class FeedReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dossier-feed-tests", Guid.NewGuid().ToString("N"));

    public FeedReaderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<ReadResult> Read(string fileName, string content)
    {
        string path = Path.Combine(_folder, fileName);
        File.WriteAllText(path, content);
        return [.. new ArticleReader(ReaderOptions.Default).Read([path])];
    }

    private const string Rss =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Harbour Gazette</title>
          <link>https://gazette.example/</link>
          <item>
            <title>Council backs the harbour plan</title>
            <link>https://gazette.example/news/harbour-plan</link>
            <guid>gazette-101</guid>
            <pubDate>Mon, 08 Nov 2021 10:30:00 +0000</pubDate>
            <dc:creator>Ana Ruiz</dc:creator>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>The city council voted on Monday to back the harbour plan &amp; its budget.</p>
              <p>“We have waited long enough,” said Mayor Lena Park.</p>
              <figure><img src="x.jpg"><figcaption>The harbour at dawn.</figcaption></figure>
              <p>The post Council backs the harbour plan appeared first on Harbour Gazette.</p>]]></content:encoded>
          </item>
          <item>
            <title>Ferry service resumes</title>
            <link>https://gazette.example/news/ferry</link>
            <pubDate>Tue, 09 Nov 2021 08:00:00 GMT</pubDate>
            <description>The ferry to the islands runs again from Tuesday, the operator said.</description>
          </item>
        </channel>
        </rss>
        """;

    [Fact]
    public void Rss_items_become_articles_with_the_items_metadata()
    {
        var results = Read("gazette.rss", Rss);
        Assert.Equal(2, results.Count);
        var first = results[0].Document!;
        Assert.Equal("Council backs the harbour plan", first.Metadata.Title);
        Assert.Equal("https://gazette.example/news/harbour-plan", first.Metadata.Url);
        Assert.Equal("gazette-101", first.Metadata.Id);
        Assert.Equal(new DateTimeOffset(2021, 11, 8, 10, 30, 0, TimeSpan.Zero), first.Metadata.Published);
        Assert.Equal(["Ana Ruiz"], first.Metadata.Authors);
        Assert.Equal("Harbour Gazette", first.Metadata.Site);
        Assert.EndsWith("gazette.rss#item1", first.Metadata.Source, StringComparison.Ordinal);
        Assert.Equal("The city council voted on Monday to back the harbour plan & its budget.\n\n“We have waited long enough,” said Mayor Lena Park.", first.Text);
        Assert.Equal(2, first.Paragraphs.Count);
        var second = results[1].Document!;
        Assert.Equal("The ferry to the islands runs again from Tuesday, the operator said.", second.Text);
        Assert.Equal(new DateTimeOffset(2021, 11, 9, 8, 0, 0, TimeSpan.Zero), second.Metadata.Published);
    }

    [Fact]
    public void Item_text_maps_back_to_the_items_html()
    {
        var document = Read("gazette.rss", Rss)[0].Document!;
        const string Html = "<p>The city council voted on Monday to back the harbour plan &amp; its budget.</p>";
        var clean = new Dossier.Model.TextSpan(0, "The city council".Length);
        var source = document.SourceMap.ToSource(clean);
        Assert.Equal(Html.IndexOf("The city council", StringComparison.Ordinal), source.Start);
        Assert.Equal(source.Start + clean.Length, source.End);
    }

    [Fact]
    public void Atom_entries_use_the_alternate_link_and_html_content()
    {
        var results = Read("feed.atom",
            """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Valley Times</title>
              <entry>
                <title>Bridge reopens</title>
                <link rel="self" href="https://valley.example/api/1"/>
                <link rel="alternate" href="https://valley.example/bridge"/>
                <id>tag:valley.example,2021:1</id>
                <published>2021-11-10T07:00:00Z</published>
                <author><name>Sam Obi</name></author>
                <content type="html">&lt;p&gt;The old bridge reopened to traffic on Wednesday after two years of repairs.&lt;/p&gt;</content>
              </entry>
            </feed>
            """);
        var document = Assert.Single(results).Document!;
        Assert.Equal("https://valley.example/bridge", document.Metadata.Url);
        Assert.Equal(["Sam Obi"], document.Metadata.Authors);
        Assert.Equal("Valley Times", document.Metadata.Site);
        Assert.Equal("The old bridge reopened to traffic on Wednesday after two years of repairs.", document.Text);
    }

    [Fact]
    public void An_item_linking_a_saved_page_is_read_from_that_page()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "gazette.example", "news"));
        File.WriteAllText(Path.Combine(_folder, "gazette.example", "news", "saved.txt"),
            "Council backs the harbour plan\n\nThe full story: the city council voted on Monday to back the harbour plan after a long debate.\n");
        File.WriteAllText(Path.Combine(_folder, "relative.txt"), "A second story saved under a relative link, with enough words to be an article body.\n");
        var results = Read("saved.rss",
            """
            <rss version="2.0"><channel><title>Harbour Gazette</title>
              <item><title>Council backs the harbour plan</title><link>https://gazette.example/news/saved.txt</link>
                <pubDate>Mon, 08 Nov 2021 10:30:00 +0000</pubDate><description>Teaser only.</description></item>
              <item><title>Second</title><link>relative.txt</link></item>
            </channel></rss>
            """);
        Assert.Equal(2, results.Count);
        var page = results[0].Document!;
        Assert.StartsWith("The full story:", page.Text, StringComparison.Ordinal);
        Assert.Equal("https://gazette.example/news/saved.txt", page.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2021, 11, 8, 10, 30, 0, TimeSpan.Zero), page.Metadata.Published);
        Assert.Contains("saved.rss#item1", page.Metadata.Source, StringComparison.Ordinal);
        Assert.StartsWith("A second story", results[1].Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_outside_the_feeds_folder_is_never_read()
    {
        var results = Read("escape.rss",
            """<rss version="2.0"><channel><item><title>x</title><link>../../../../etc/hostname</link></item></channel></rss>""");
        Assert.Equal("DSR0151", Assert.Single(results).Error!.Code);
    }

    [Fact]
    public void An_item_without_text_is_reported_and_the_others_read()
    {
        var results = Read("gaps.rss",
            """
            <rss version="2.0"><channel>
              <item><title>Only a title</title><link>https://nowhere.example/a</link></item>
              <item><title>Has text</title><description>The port reopened after the storm, officials said on Friday.</description></item>
            </channel></rss>
            """);
        Assert.Equal(2, results.Count);
        Assert.Equal("DSR0151", results[0].Error!.Code);
        Assert.EndsWith("gaps.rss#item1", results[0].Error!.Source, StringComparison.Ordinal);
        Assert.NotNull(results[1].Document);
    }

    [Fact]
    public void A_broken_feed_keeps_the_items_before_the_break()
    {
        var results = Read("broken.xml",
            """
            <?xml version="1.0"?><rss version="2.0"><channel>
              <item><title>Fine</title><description>The first item is complete and well formed, officials said.</description></item>
              <item><title>Broken <b></title></item>
            """);
        Assert.Equal(2, results.Count);
        Assert.NotNull(results[0].Document);
        Assert.Equal("DSR0152", results[1].Error!.Code);
    }
}
