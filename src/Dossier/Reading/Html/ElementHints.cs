namespace Dossier.Reading.Html;

/// <summary>What an element's tag, class, id and role say about its content.</summary>
[Flags]
internal enum ElementHints : ushort
{
    None = 0,
    /// <summary>Names of article containers ("content", "article", "post", "story").</summary>
    Positive = 1 << 0,
    /// <summary>Names of page furniture (share bars, related links, ads, navigation, footers, widgets).</summary>
    Boilerplate = 1 << 1,
    /// <summary>A comment section.</summary>
    Comments = 1 << 2,
    /// <summary>The article body itself (itemprop=articleBody, "article-body", "entry-content").</summary>
    ArticleBody = 1 << 3,
    /// <summary>A photo caption or credit.</summary>
    Caption = 1 << 4,
    /// <summary>Byline, date line or other article metadata.</summary>
    Byline = 1 << 5,
    /// <summary>&lt;article&gt;, &lt;main&gt; or role=main/article.</summary>
    ArticleTag = 1 << 6,
    /// <summary>&lt;nav&gt;, &lt;aside&gt;, &lt;footer&gt;, &lt;header&gt;, &lt;menu&gt; or a navigation/complementary role.</summary>
    FurnitureTag = 1 << 7,
    /// <summary>A heading of the page's title (h1) or the article header block.</summary>
    Header = 1 << 8,
    /// <summary>A form (search boxes, sign-up forms; ASP.NET pages wrap everything in one).</summary>
    Form = 1 << 9,
    /// <summary>The article's lead or standfirst ("intro", "lead", "summary"); outweighs a furniture name on the same element.</summary>
    Lead = 1 << 10,
}
