using System.Text;

namespace Dossier.Reading.Html;

/// <summary>Charset labels as pages write them, resolved the way browsers do (WHATWG Encoding: Latin-1 means Windows-1252).</summary>
internal static class EncodingNames
{
    static EncodingNames() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Dictionary<string, int> CodePages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iso-8859-1"] = 1252, ["iso8859-1"] = 1252, ["latin1"] = 1252, ["l1"] = 1252, ["us-ascii"] = 1252, ["ascii"] = 1252,
        ["windows-1252"] = 1252, ["cp1252"] = 1252, ["x-cp1252"] = 1252, ["cp819"] = 1252, ["iso-ir-100"] = 1252,
        ["iso-8859-9"] = 1254, ["latin5"] = 1254,
        ["gb2312"] = 936, ["gbk"] = 936, ["x-gbk"] = 936, ["gb18030"] = 54936,
        ["utf-16"] = 65001, ["utf-16le"] = 65001, ["utf-16be"] = 65001, // a meta tag read as ASCII cannot be UTF-16 (HTML standard)
        ["utf8"] = 65001, ["unicode-1-1-utf-8"] = 65001,
    };

    /// <summary>The encoding for <paramref name="label"/>, or null when it names none this runtime has.</summary>
    public static Encoding? Resolve(string label)
    {
        label = label.Trim();
        try
        {
            return CodePages.TryGetValue(label, out int codePage) ? Encoding.GetEncoding(codePage) : Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The lower-case name reported in document metadata ("windows-1252", "iso-8859-2").</summary>
    public static string Name(Encoding encoding) => encoding.WebName.ToLowerInvariant();
}
