using Dossier.Language.Features;
using Dossier.Language.Parsing;

namespace Dossier.Language;

/// <summary>
/// Per-thread working memory for analysing sentences: grown to the longest sentence seen and reused, so that
/// analysis allocates nothing per token. One instance per thread (see <see cref="ForCurrentThread"/>).
/// </summary>
internal sealed class SyntaxScratch
{
    [ThreadStatic]
    private static SyntaxScratch? t_current;

    public TokenAtoms[] Padded = new TokenAtoms[68];
    public byte[] Classes = new byte[64];
    public ushort[] Scripts = new ushort[64];
    public readonly ParserState State = new();
    public readonly ParserFeatures.Sentence Sentence = new();

    public static SyntaxScratch ForCurrentThread() => t_current ??= new SyntaxScratch();

    public void Reserve(int count)
    {
        if (Classes.Length >= count) return;
        int size = Math.Max(count, Classes.Length * 2);
        Padded = new TokenAtoms[size + 4];
        Classes = new byte[size];
        Scripts = new ushort[size];
    }
}
