using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests.Ingest;

/// <summary>
/// The promises of <c>dossier ingest</c> under real failures, checked on the real CLI in a child process:
/// SIGKILL in the middle, a read-only folder, a full disk, a file where a folder should be.
/// </summary>
public sealed partial class CrashAndDiskTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Killed_ingest_loses_nothing_reported_stored_and_a_rerun_completes_without_duplicates()
    {
        const int Articles = 3000;
        string input = _folder.File("in.jsonl"), db = _folder.File("dossier.db");
        Corpus.Write(input, Articles);

        long reported;
        using (var child = CliProcess.Start("ingest", input, "--db", db, "--batch-size", "25"))
        {
            var line = child.WaitForErrorLine(l => StoredLine().IsMatch(l), TimeSpan.FromMinutes(2));
            Assert.True(line is not null, "the child never reported a commit: " + child.Stderr);
            Assert.False(child.HasExited, "the child finished before it could be killed; make the input larger");
            child.Kill();
            reported = long.Parse(StoredLine().Match(line!).Groups[1].Value, CultureInfo.InvariantCulture);
        }

        long afterKill = Count(db, "SELECT count(*) FROM articles");
        Assert.True(afterKill >= reported, $"{reported} reported stored, {afterKill} in the database after the kill");
        Assert.True(afterKill < Articles, "the kill came after the end");

        var (exit, stdout, stderr) = CliProcess.Run("ingest", input, "--db", db, "--no-progress");
        Assert.True(exit == 0, stderr);
        Assert.Contains($"Stored {Articles - afterKill:N0} new article(s), skipped {afterKill:N0} duplicate(s), 0 failed", stdout, StringComparison.Ordinal);
        Assert.Equal(Articles, Count(db, "SELECT count(*) FROM articles"));
        Assert.Equal(Articles, Count(db, "SELECT count(DISTINCT source_id) FROM articles"));
        // Nothing of an article written twice: one quote per ordinal, one link per local actor, every actor counted once per article.
        Assert.Equal(0, Count(db, "SELECT count(*) FROM (SELECT article_id, ordinal FROM quotes GROUP BY 1, 2 HAVING count(*) > 1)"));
        Assert.Equal(Count(db, "SELECT count(*) FROM article_actors"), Count(db, "SELECT sum(article_count) FROM actors"));
    }

    [MountFact]
    public void Read_only_folder_gives_a_clear_error()
    {
        using var mount = new Tmpfs(_folder.File("ro"), "size=64k,ro");
        var (exit, _, stderr) = CliProcess.Run("ingest", WriteInput(3), "--db", Path.Combine(mount.Path, "dossier.db"), "--no-progress");
        Assert.Equal(1, exit);
        Assert.Contains("DSR0402", stderr, StringComparison.Ordinal);
        Assert.Contains("read-only", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [MountFact]
    public void Full_disk_stops_with_a_clear_error_and_keeps_what_was_stored()
    {
        using var mount = new Tmpfs(_folder.File("full"), "size=1m");
        string db = Path.Combine(mount.Path, "dossier.db");
        var (exit, _, stderr) = CliProcess.Run("ingest", WriteInput(2000), "--db", db, "--no-progress", "--batch-size", "20");
        Assert.Equal(1, exit);
        Assert.Contains("DSR0403", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        var stored = long.Parse(FullLine().Match(stderr).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(stored > 0, stderr);
        Assert.Equal(stored, Count(db, "SELECT count(*) FROM articles"));
    }

    [Fact]
    public void A_file_where_the_database_folder_should_be_gives_a_clear_error()
    {
        File.WriteAllText(_folder.File("not-a-folder"), "x");
        var (exit, _, stderr) = CliProcess.Run("ingest", WriteInput(1), "--db", Path.Combine(_folder.File("not-a-folder"), "dossier.db"), "--no-progress");
        Assert.Equal(1, exit);
        Assert.Contains("DSR0401", stderr, StringComparison.Ordinal);
        Assert.Contains("is a file, not a folder", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Queries_on_a_missing_database_say_how_to_make_one()
    {
        var (exit, _, stderr) = CliProcess.Run("quotes", "--db", _folder.File("none.db"));
        Assert.Equal(1, exit);
        Assert.Contains("DSR0406", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("none.db")));
    }

    private string WriteInput(int articles)
    {
        string input = _folder.File($"in-{articles}.jsonl");
        Corpus.Write(input, articles);
        return input;
    }

    /// <summary>Reads the database directly, as a second program would.</summary>
    private static long Count(string db, string sql)
    {
        using var store = SqliteStore.Open(db, StoreAccess.Existing); // also proves the file opens (and recovers its WAL) after a kill
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"ingest: (\d+) stored")]
    private static partial Regex StoredLine();

    [GeneratedRegex(@"(\d+) article\(s\) were stored before it filled")]
    private static partial Regex FullLine();
}
