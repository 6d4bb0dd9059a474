using Dossier.Entities;
using Dossier.Entities.Actors;
using Dossier.Model;

namespace Dossier.Tests.Entities;

/// <summary>Hand-made tagger output for entity tests.</summary>
internal static class MentionDrafts
{
    /// <summary>Drafts for the given names (as written, with their types), each found after the previous one in <paramref name="text"/>.</summary>
    public static List<MentionDraft> InOrder(string text, TokenLayer tokens, (string Name, EntityType Type)[] names)
    {
        var drafts = new List<MentionDraft>();
        int from = 0;
        foreach (var (name, type) in names)
        {
            int at = text.IndexOf(name, from, StringComparison.Ordinal);
            var span = new TextSpan(at, at + name.Length);
            drafts.Add(new MentionDraft(span, tokens.ToTokenRange(span, SpanAlignment.Strict)!.Value, type, name));
            from = at + name.Length;
        }
        return drafts;
    }
}
