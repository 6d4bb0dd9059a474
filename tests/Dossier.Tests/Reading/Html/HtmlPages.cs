using System.Text;
using Dossier.Reading;
using Dossier.Reading.Html;

namespace Dossier.Tests.Reading.Html;

/// <summary>Small hand-written pages for the HTML reader's tests.</summary>
internal static class HtmlPages
{
    public const string Lead = "The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that lasted more than ten years.";
    public const string Middle = "Engineers said the new bridge would carry twice the traffic of the old one and open to cyclists for the first time, the mayor said.";
    public const string Subhead = "What happens next";
    public const string Tail = "Work is expected to start in the spring and to take about three years, according to the city's own estimate.";
    public const string Caption = "The old harbour bridge at dusk. Photo: Jane Doe/Reuters";

    /// <summary>A news page: navigation, an article with a caption, a share bar and related links, comments, a footer.</summary>
    public static string NewsPage(string extraHead = "") => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Council votes to rebuild bridge | The Harbour Times</title>
          <meta property="og:site_name" content="The Harbour Times">
          <link rel="canonical" href="https://example.com/2021/11/08/bridge">
          {{extraHead}}
        </head>
        <body>
          <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
          <article>
            <h1>Council votes to rebuild bridge</h1>
            <p class="byline">By Jane Doe and John Roe</p>
            <div class="article-body">
              <p>{{Lead}}</p>
              <figure><img src="bridge.jpg"><figcaption>{{Caption}}</figcaption></figure>
              <p>{{Middle}}</p>
              <h2>{{Subhead}}</h2>
              <p>{{Tail}}</p>
              <div class="related-links"><h3>Read more</h3><ul><li><a href="/a">Bridge closed for repairs again</a></li><li><a href="/b">Mayor announces budget</a></li></ul></div>
            </div>
          </article>
          <section id="comments" class="comments">
            <h2>3 comments</h2>
            <p>I have waited for this bridge all my life and I am very glad that the council finally agreed to it.</p>
          </section>
          <footer class="site-footer"><p>Copyright 2021 The Harbour Times. All rights reserved. Contact us at desk@example.com.</p></footer>
        </body>
        </html>
        """;

    public static Dossier.Model.Document Read(string html, string name = "page.html") => Read(Encoding.UTF8.GetBytes(html), name);

    public static Dossier.Model.Document Read(byte[] bytes, string name = "page.html")
    {
        var result = HtmlReader.FromBytes(name, bytes, Dossier.Model.DocumentMetadata.Empty);
        Assert.Null(result.Error);
        return result.Document!;
    }

    public static ReadResult Result(string html) => HtmlReader.FromBytes("page.html", Encoding.UTF8.GetBytes(html), Dossier.Model.DocumentMetadata.Empty);
}
