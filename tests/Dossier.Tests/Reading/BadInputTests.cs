using System.IO.Compression;
using System.Text;
using Dossier.Reading;

namespace Dossier.Tests.Reading;

/// <summary>Each bad input gives a clear error naming it, and the good inputs beside it are still read.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-bad-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteGood(string name) => Write(name, Encoding.UTF8.GetBytes("Headline\n\nA paragraph of real article text.\n"));

    private static List<ReadResult> ReadAll(params string[] paths) => [.. new ArticleReader(ReaderOptions.Default).Read(paths)];

    [Fact]
    public void An_empty_file_is_reported_and_the_next_file_is_still_read()
    {
        var results = ReadAll(Write("a-empty.txt", []), WriteGood("b-good.txt"));
        Assert.Equal("DSR0102", results[0].Error?.Code);
        Assert.EndsWith("a-empty.txt", results[0].Error?.Source, StringComparison.Ordinal);
        Assert.NotNull(results[1].Document);
    }

    [Fact]
    public void A_binary_file_is_reported_as_binary()
    {
        var result = ReadAll(Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 0x49, 0x48])).Single();
        Assert.Equal("DSR0103", result.Error?.Code);
    }

    [Fact]
    public void A_50_MB_file_is_refused_as_too_large_for_one_article()
    {
        var path = Path.Combine(_folder, "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(50L * 1024 * 1024);
        var result = ReadAll(path).Single();
        Assert.Equal("DSR0104", result.Error?.Code);
        Assert.Contains("50.0 MB", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_reported_as_not_found()
    {
        Assert.Equal("DSR0101", ReadAll(Path.Combine(_folder, "nope.txt")).Single().Error?.Code);
    }

    [Fact]
    public void A_bad_json_line_is_reported_with_its_line_number_and_the_other_lines_are_read()
    {
        var path = Write("corpus.jsonl", Encoding.UTF8.GetBytes("{\"title\":\"One\",\"text\":\"First article.\"}\n{not json\n[1,2]\n{\"title\":\"No text\"}\n{\"title\":\"Two\",\"text\":\"Second article.\"}\n"));
        var results = ReadAll(path);
        Assert.Equal(["ok", "DSR0107", "DSR0107", "DSR0108", "ok"], results.Select(r => r.Error?.Code ?? "ok"));
        Assert.EndsWith("corpus.jsonl:2", results[1].Error?.Source, StringComparison.Ordinal);
        Assert.Equal("Second article.", results[4].Document!.Text);
    }

    [Fact]
    public void A_folder_is_read_recursively_in_name_order_skipping_files_that_are_not_articles()
    {
        WriteGood("b/second.txt");
        WriteGood("a/first.txt");
        Write("a/photo.jpg", [0xFF, 0xD8, 0xFF]);
        Write("a/.hidden.txt", Encoding.UTF8.GetBytes("hidden"));
        var results = ReadAll(_folder);
        Assert.Equal(["first.txt", "second.txt"], results.Select(r => Path.GetFileName(r.Document!.Metadata.Source)));
    }

    [Fact]
    public void A_broken_link_in_a_folder_is_reported_as_unreadable_and_the_rest_is_read()
    {
        WriteGood("good.txt");
        File.CreateSymbolicLink(Path.Combine(_folder, "broken.txt"), Path.Combine(_folder, "gone.txt"));
        var results = ReadAll(_folder);
        Assert.Contains(results, r => r.Error?.Code == "DSR0105" && r.Error.Source!.EndsWith("broken.txt", StringComparison.Ordinal));
        Assert.Contains(results, r => r.Document is not null);
    }

    [Fact]
    public void A_truncated_gzip_file_is_reported_as_unreadable()
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Some article text that compresses. ", 2000))));
        var path = Write("article.txt.gz", memory.ToArray()[..40]);
        var result = ReadAll(path).Single();
        Assert.NotNull(result.Error);
        Assert.Contains(result.Error!.Code, new[] { "DSR0105", "DSR0102" });
    }

    [Fact]
    public void Invalid_utf8_is_read_with_a_warning_about_the_replaced_bytes()
    {
        var path = Write("damaged.txt", [.. Encoding.UTF8.GetBytes("Headline\n\nCafé text with “quotes” "), 0xFF, .. Encoding.UTF8.GetBytes(" and more.\n")]);
        var result = ReadAll(path).Single();
        Assert.NotNull(result.Document);
        Assert.Equal("DSR0110", Assert.Single(result.Warnings).Code);
    }
}
