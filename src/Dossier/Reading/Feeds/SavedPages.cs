namespace Dossier.Reading.Feeds;

/// <summary>
/// Finds the saved copy of a feed item's linked page next to the feed: a relative link or file: URL as is, an
/// http(s) URL as wget saves it (host/path, or path without the host, or the last path segment), with
/// ".html" or "index.html" added where the URL has no file name. Only files inside the feed's folder are used,
/// so a feed cannot make Dossier read arbitrary files.
/// </summary>
internal static class SavedPages
{
    public static string? Find(string feedPath, string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || feedPath == ArticleReader.StandardInputName) return null;
        string folder = Path.GetDirectoryName(Path.GetFullPath(feedPath)) ?? ".";
        foreach (var candidate in Candidates(folder, link.Trim()))
        {
            string full;
            try
            {
                full = Path.GetFullPath(candidate);
            }
            catch (Exception ex) when (ex is ArgumentException or PathTooLongException or NotSupportedException)
            {
                continue;
            }
            bool inside = full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (inside && File.Exists(full) && !string.Equals(full, Path.GetFullPath(feedPath), StringComparison.Ordinal)) return full;
        }
        return null;
    }

    private static IEnumerable<string> Candidates(string folder, string link)
    {
        if (Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            if (uri.IsFile)
            {
                yield return uri.LocalPath;
                yield break;
            }
            if (uri.Scheme is not ("http" or "https")) yield break;
            string path = Uri.UnescapeDataString(uri.AbsolutePath).TrimStart('/');
            foreach (var relative in WithFileNames(path))
            {
                yield return Path.Combine(folder, uri.Host, relative);
                yield return Path.Combine(folder, relative);
            }
            string last = path.TrimEnd('/').Split('/')[^1];
            if (last.Length > 0)
                foreach (var relative in WithFileNames(last)) yield return Path.Combine(folder, relative);
            yield break;
        }
        string local = link.Split('#', '?')[0];
        if (local.Length > 0) yield return Path.Combine(folder, Uri.UnescapeDataString(local));
    }

    private static IEnumerable<string> WithFileNames(string path)
    {
        if (path.Length == 0 || path.EndsWith('/'))
        {
            yield return path + "index.html";
            yield break;
        }
        yield return path;
        if (Path.GetExtension(path).Length == 0)
        {
            yield return path + ".html";
            yield return path + "/index.html";
        }
    }
}
