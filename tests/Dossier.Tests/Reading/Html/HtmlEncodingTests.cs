using System.Text;
using Dossier.Reading.Html;

namespace Dossier.Tests.Reading.Html;

/// <summary>Charsets: byte order marks, meta charset, http-equiv, and detection when the declaration is wrong or missing.</summary>
public class HtmlEncodingTests
{
    static HtmlEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Body = "<p>Der Bürgermeister sagte, die Brücke über den Hafen werde im Frühjahr für den Verkehr geöffnet – später als geplant.</p>";

    private static string Page(string head) => $"<html><head>{head}<title>Brücke</title></head><body><article>{Body}</article></body></html>";

    [Fact]
    public void Meta_charset_names_a_legacy_encoding()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page("<meta charset=\"windows-1252\">"));
        var document = HtmlPages.Read(bytes);
        Assert.Contains("Bürgermeister", document.Text, StringComparison.Ordinal);
        Assert.Contains("– später", document.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1252", document.Metadata.Encoding);
    }

    [Fact]
    public void Http_equiv_content_type_names_the_charset()
    {
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">").Replace("–", "-", StringComparison.Ordinal));
        var document = HtmlPages.Read(bytes);
        Assert.Contains("Bürgermeister", document.Text, StringComparison.Ordinal);
        Assert.Equal("iso-8859-2", document.Metadata.Encoding);
    }

    [Fact]
    public void Valid_utf8_wins_over_a_wrong_latin1_declaration()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"iso-8859-1\">"));
        var document = HtmlPages.Read(bytes);
        Assert.Contains("Bürgermeister", document.Text, StringComparison.Ordinal);
        Assert.Equal("utf-8", document.Metadata.Encoding);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Page(""))).ToArray();
        Assert.Contains("Bürgermeister", HtmlPages.Read(bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_legacy_bytes_are_detected_as_windows_1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page(""));
        var document = HtmlPages.Read(bytes);
        Assert.Contains("Bürgermeister", document.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1252", document.Metadata.Encoding);
    }

    [Theory]
    [InlineData("<meta charset=\"utf-8\">", "utf-8")]
    [InlineData("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset=Shift_JIS\">", "Shift_JIS")]
    [InlineData("<meta name=\"viewport\" content=\"width=device-width\">", null)]
    public void Declared_charset_is_found_in_the_head(string head, string? expected)
    {
        Assert.Equal(expected, HtmlDecoding.DeclaredCharset(Encoding.ASCII.GetBytes("<html><head>" + head + "</head>")));
    }
}
