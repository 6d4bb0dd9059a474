using System.IO.Compression;
using System.Text;
using Dossier.Reading;

namespace Dossier.Tests.Reading.Warc;

public sealed class WarcReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dossier-warc-tests", Guid.NewGuid().ToString("N"));

    public WarcReaderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Page(string title, string sentence) =>
        $"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav><article><h1>{title}</h1>" +
        string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>{sentence} This is paragraph {i} of the report, with enough words to read as the body of a news article.</p>")) +
        "</article><footer>Copyright</footer></body></html>";

    private static byte[] Record(string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder()
            .Append("WARC/1.0\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n")
            .Append("WARC-Date: 2021-11-09T12:00:00Z\r\n");
        if (uri is not null) header.Append($"WARC-Target-URI: {uri}\r\n");
        header.Append($"Content-Type: {contentType}\r\n").Append($"Content-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    private static byte[] Http(int status, string contentType, byte[] body, params string[] headers) =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\n{string.Concat(headers.Select(h => h + "\r\n"))}Content-Length: {body.Length}\r\n\r\n"), .. body];

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(bytes);
        return output.ToArray();
    }

    private static byte[] Chunked(byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"{body.Length / 2:x}\r\n"), .. body[..(body.Length / 2)], .. "\r\n"u8.ToArray(),
         .. Encoding.ASCII.GetBytes($"{body.Length - body.Length / 2:x}\r\n"), .. body[(body.Length / 2)..], .. "\r\n0\r\n\r\n"u8.ToArray()];

    private static List<byte[]> Records() =>
    [
        Record("warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray()),
        Record("request", "https://news.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"u8.ToArray()),
        Record("response", "https://news.example/a", "application/http; msgtype=response", Http(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page("Harbour plan passes", "The council passed the harbour plan on Monday.")))),
        Record("response", "https://news.example/gone", "application/http; msgtype=response", Http(404, "text/html", "<html>not found</html>"u8.ToArray())),
        Record("response", "https://news.example/photo.jpg", "application/http; msgtype=response", Http(200, "image/jpeg", [0xFF, 0xD8, 0xFF, 0x00])),
        Record("response", "https://news.example/b", "application/http; msgtype=response",
            Http(200, "text/html", Chunked(Gzip(Encoding.UTF8.GetBytes(Page("Ferry returns", "The island ferry returned to service on Tuesday.")))), "Transfer-Encoding: chunked", "Content-Encoding: gzip")),
        Record("metadata", "https://news.example/b", "application/warc-fields", "fetchTimeMs: 12\r\n"u8.ToArray()),
        Record("resource", "https://news.example/c", "text/html", Encoding.UTF8.GetBytes(Page("Bridge reopens", "The old bridge reopened on Wednesday."))),
    ];

    private List<ReadResult> Read(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return [.. new ArticleReader(ReaderOptions.Default).Read([path])];
    }

    private static void AssertTheThreeArticles(List<ReadResult> results, string file)
    {
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(["https://news.example/a", "https://news.example/b", "https://news.example/c"], results.Select(r => r.Document!.Metadata.Url));
        Assert.Contains("The council passed the harbour plan on Monday.", results[0].Document!.Text, StringComparison.Ordinal);
        Assert.Contains("The island ferry returned to service on Tuesday.", results[1].Document!.Text, StringComparison.Ordinal);
        Assert.Contains("The old bridge reopened on Wednesday.", results[2].Document!.Text, StringComparison.Ordinal);
        Assert.All(results, r => Assert.StartsWith(file + "@", r.Document!.Metadata.Source, StringComparison.Ordinal));
        Assert.All(results, r => Assert.StartsWith("urn:uuid:", r.Document!.Metadata.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Html_responses_of_a_warc_file_are_articles_and_other_records_are_passed_over()
    {
        var results = Read("crawl.warc", [.. Records().SelectMany(r => r)]);
        AssertTheThreeArticles(results, Path.Combine(_folder, "crawl.warc"));
    }

    [Fact]
    public void A_warc_gz_of_one_gzip_member_per_record_reads_the_same()
    {
        var results = Read("CC-NEWS-20211109.warc.gz", [.. Records().SelectMany(Gzip)]);
        AssertTheThreeArticles(results, Path.Combine(_folder, "CC-NEWS-20211109.warc.gz"));
    }

    [Fact]
    public void A_truncated_warc_keeps_the_records_before_the_cut_and_says_where_it_broke()
    {
        byte[] all = [.. Records().SelectMany(r => r)];
        var results = Read("cut.warc", all[..(all.Length - 200)]);
        Assert.Equal(3, results.Count);
        Assert.NotNull(results[0].Document);
        Assert.NotNull(results[1].Document);
        Assert.Equal("DSR0153", results[2].Error!.Code);
        Assert.Contains("truncated", results[2].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warc_in_a_folder_is_found_by_its_double_extension()
    {
        File.WriteAllBytes(Path.Combine(_folder, "one.warc.gz"), [.. Records().SelectMany(Gzip)]);
        File.WriteAllText(Path.Combine(_folder, "notes.md"), "not an article");
        var results = new ArticleReader(ReaderOptions.Default).Read([_folder]).ToList();
        Assert.Equal(3, results.Count(r => r.Document is not null));
    }
}
