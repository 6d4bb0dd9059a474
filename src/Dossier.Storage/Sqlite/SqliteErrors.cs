using Dossier.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>Turns SQLite's result codes into the user-facing DSR04xx errors.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADatabase = 26;

    /// <summary>Errors of the disk or file, not of one article: the run cannot go on after them.</summary>
    public static bool IsEnvironmental(SqliteException ex) =>
        ex.SqliteErrorCode is Busy or Locked or ReadOnly or IoError or Corrupt or Full or CantOpen or NotADatabase;

    public static DossierError Map(SqliteException ex, string path, long storedSoFar = 0) => ex.SqliteErrorCode switch
    {
        ReadOnly => Errors.StoreReadOnly(path),
        Full => Errors.StoreFull(path, storedSoFar),
        Busy or Locked => Errors.StoreBusy(path),
        NotADatabase or Corrupt => Errors.NotADatabase(path),
        CantOpen => FolderIsReadOnly(path) ? Errors.StoreReadOnly(path) : Errors.StoreUnavailable(path, Why(ex)),
        IoError when DiskIsFull(path) => Errors.StoreFull(path, storedSoFar),
        _ => Errors.StoreWriteFailed(path, Why(ex)),
    };

    private static string Why(SqliteException ex) => ex.Message.Replace("SQLite Error ", "SQLite error ", StringComparison.Ordinal);

    /// <summary>Whether a file can be created next to the database (a read-only mount, or no permission, says no).</summary>
    public static bool FolderIsReadOnly(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        if (!Directory.Exists(folder)) return false;
        var probe = System.IO.Path.Combine(folder, $".dossier-probe-{Environment.ProcessId}");
        try
        {
            using (File.Create(probe)) { }
            File.Delete(probe);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        catch (IOException ex)
        {
            // EROFS (30) is a read-only file system; other I/O errors are not about permissions.
            return (ex.HResult & 0xFFFF) == 30 || ex.Message.Contains("Read-only", StringComparison.OrdinalIgnoreCase);
        }
    }

    private static bool DiskIsFull(string path)
    {
        try
        {
            var drive = new DriveInfo(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? "/");
            return drive.AvailableFreeSpace < 64 * 1024;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
