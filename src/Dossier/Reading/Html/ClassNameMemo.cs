using System.Runtime.InteropServices;

namespace Dossier.Reading.Html;

/// <summary>
/// What one page's class attribute values say, worked out once per distinct value: templates repeat the same
/// few dozen values on hundreds of elements, and splitting a value into words was a tenth of the page walk.
/// </summary>
internal sealed class ClassNameMemo
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private struct Entry
    {
        public ElementHints Hints;
        public bool HintsKnown;
        public bool NamesByline;
        public bool BylineKnown;
    }

    /// <summary><see cref="ClassNameHints.FromName"/> of <paramref name="value"/>.</summary>
    public ElementHints Hints(string value)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, value, out _);
        if (!entry.HintsKnown) (entry.Hints, entry.HintsKnown) = (ClassNameHints.FromName(value), true);
        return entry.Hints;
    }

    /// <summary>Whether the class names a byline or author box ("byline", "author-name"), and not one of a comment.</summary>
    public bool NamesByline(string value)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, value, out _);
        if (!entry.BylineKnown)
        {
            entry.NamesByline = (value.Contains("byline", StringComparison.OrdinalIgnoreCase) || value.Contains("author", StringComparison.OrdinalIgnoreCase))
                && !value.Contains("comment", StringComparison.OrdinalIgnoreCase);
            entry.BylineKnown = true;
        }
        return entry.NamesByline;
    }
}
