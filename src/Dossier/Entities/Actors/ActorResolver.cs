namespace Dossier.Entities.Actors;

/// <summary>
/// Groups the name mentions of one article into canonical actors. Links, in order: (1) the same name (case, "the"
/// and a demonym's plural ignored); (2) names the alias table puts together; (3) an acronym and the name whose
/// initials it spells, or that it follows in brackets; (4) links found in the text ("known as"); (5) a surname or
/// first name used alone, to the nearest full name before it (else after it) that has it. Two different full
/// names are never linked, so people who share a surname stay apart.
/// </summary>
internal sealed class ActorResolver(AliasTable aliases, Func<string, bool> isDemonym, Func<MentionDraft, bool> isKnownNonPerson)
{
    public ActorLayerBuilder Resolve(string text, IReadOnlyList<MentionDraft> names, IEnumerable<(int From, int To)> textLinks, Func<MentionDraft, Gender> genderCue)
    {
        var sets = new DisjointSets(names.Count);
        var keys = names.Select(EffectiveKey).ToArray();
        var words = names.Select(n => Words(n.Text)).ToArray();
        var partial = new bool[names.Count];

        // Single words that are part of a full name are linked in step 5 only, each to its own nearest full name,
        // so that two people sharing a surname are never joined through their bare surnames.
        var fullNames = Enumerable.Range(0, names.Count).Where(i => names[i].Type == EntityType.Person && words[i].Length >= 2).ToList();
        var firstKeys = new string[names.Count];
        var lastKeys = new string[names.Count];
        foreach (int f in fullNames)
        {
            firstKeys[f] = NameKey.Of(words[f][0]);
            lastKeys[f] = WithoutParticle(NameKey.Of(words[f][^1]));
        }
        var nameParts = new HashSet<string>(fullNames.SelectMany(f => new[] { firstKeys[f], lastKeys[f] }), StringComparer.Ordinal);
        bool IsNamePart(int i) => names[i].Tokens.Length == 1 && words[i].Length == 1 && nameParts.Contains(WithoutParticle(names[i].Key));

        // (1) The same name, and (2) names of one alias group, among non-persons; persons by exact name only.
        var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstByGroup = new Dictionary<int, int>();
        for (int i = 0; i < names.Count; i++)
        {
            if ((names[i].Quoted && names[i].Tokens.Length == 1) || IsNamePart(i)) continue;
            string key = (names[i].Type == EntityType.Person ? "p:" : "o:") + keys[i];
            if (firstByKey.TryGetValue(key, out int j)) sets.Union(i, j);
            else firstByKey[key] = i;
            if (names[i].Type == EntityType.Person) continue;
            int group = aliases.GroupOf(keys[i]);
            if (group < 0) continue;
            if (firstByGroup.TryGetValue(group, out j)) sets.Union(i, j);
            else firstByGroup[group] = i;
        }

        // (3) Acronyms.
        var byInitials = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int j = 0; j < names.Count; j++)
        {
            if (names[j].Type == EntityType.Person || names[j].Tokens.Length < 2) continue;
            string initials = Acronyms.Initials(names[j].Text);
            if (initials.Length < 2) continue;
            if (!byInitials.TryGetValue(initials, out var list)) byInitials[initials] = list = [];
            list.Add(j);
        }
        for (int i = 0; i < names.Count && byInitials.Count > 0; i++)
        {
            if (names[i].Type == EntityType.Person || Acronyms.Letters(names[i].Text) is not { } letters) continue;
            if (byInitials.TryGetValue(letters, out var expansions)) foreach (int j in expansions) sets.Union(i, j);
        }

        // (4) Links the component read in the text: "Name (ACR)", "known as “Name”".
        foreach (var (from, to) in textLinks) sets.Union(from, to);

        // (5) Surnames and first names used alone.
        for (int i = 0; i < names.Count; i++)
        {
            var d = names[i];
            string part = WithoutParticle(d.Key);
            if (d.Tokens.Length != 1 || d.Quoted || words[i].Length != 1 || !nameParts.Contains(part)) continue;
            if (d.Type != EntityType.Person && isKnownNonPerson(d)) continue;
            int best = -1;
            foreach (int f in fullNames)
            {
                bool matches = string.Equals(lastKeys[f], part, StringComparison.Ordinal) || string.Equals(firstKeys[f], d.Key, StringComparison.Ordinal);
                if (!matches || f == i) continue;
                bool before = names[f].Span.Start < d.Span.Start;
                if (best < 0 || (before && (names[best].Span.Start > d.Span.Start || names[f].Span.Start > names[best].Span.Start))) best = f;
            }
            if (best < 0) continue;
            sets.Union(i, best);
            partial[i] = true;
            d.Type = EntityType.Person;
        }

        // (6) Name parts that found no full name (known non-persons, quoted names) group among themselves.
        var firstPart = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            if (partial[i] || !(IsNamePart(i) || (names[i].Quoted && names[i].Tokens.Length == 1))) continue;
            string key = (names[i].Quoted ? "q:" : "n:") + names[i].Type + keys[i];
            if (firstPart.TryGetValue(key, out int j)) sets.Union(i, j);
            else firstPart[key] = i;
        }

        return Build(text, names, sets, keys, partial, genderCue);
    }

    private ActorLayerBuilder Build(string text, IReadOnlyList<MentionDraft> names, DisjointSets sets, string[] keys, bool[] partial, Func<MentionDraft, Gender> genderCue)
    {
        var builder = new ActorLayerBuilder(text);
        var members = Enumerable.Range(0, names.Count).GroupBy(sets.Find).OrderBy(g => g.Min());
        foreach (var group in members)
        {
            var list = group.OrderBy(i => names[i].Span.Start).ToList();
            var type = ActorType(names, list);
            string canonical = Canonical(names, list, keys, type);
            var gender = list.Select(i => genderCue(names[i])).FirstOrDefault(g => g != Gender.Unknown);
            int actor = builder.Add(canonical, type, gender);
            string canonicalKey = NameKey.Of(canonical);
            foreach (int i in list)
            {
                var d = names[i];
                d.Actor = actor;
                d.Type = type;
                d.Kind = d.Key == canonicalKey ? MentionKind.Name
                    : partial[i] ? MentionKind.PartialName
                    : type == EntityType.Norp ? MentionKind.Demonym
                    : Acronyms.Letters(d.Text) is not null ? MentionKind.Acronym
                    : MentionKind.Alias;
                builder.AddAlias(actor, d.Text);
            }
        }
        return builder;
    }

    private static EntityType ActorType(IReadOnlyList<MentionDraft> names, List<int> list)
    {
        if (list.Exists(i => names[i].Type == EntityType.Person)) return EntityType.Person;
        return list.GroupBy(i => names[i].Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Min()).First().Key;
    }

    /// <summary>
    /// The alias table's display name when the article uses it; else for a person the longest name; for a nationality
    /// its singular; else the most used form (ties: more words, then first used).
    /// </summary>
    private string Canonical(IReadOnlyList<MentionDraft> names, List<int> list, string[] keys, EntityType type)
    {
        foreach (int i in list)
        {
            int group = aliases.GroupOf(keys[i]);
            if (group < 0) continue;
            string display = aliases.DisplayOf(group);
            if (display.Length > 0 && list.Exists(j => string.Equals(names[j].Key, NameKey.Of(display), StringComparison.Ordinal))) return display;
        }
        if (type == EntityType.Person)
            return names[list.OrderByDescending(i => Words(names[i].Text).Length).ThenBy(i => i).First()].Text;
        if (type == EntityType.Norp)
        {
            int singular = list.FirstOrDefault(i => string.Equals(names[i].Key, keys[i], StringComparison.Ordinal), list[0]);
            return names[singular].Text;
        }
        return list.GroupBy(i => names[i].Key)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => Words(names[g.First()].Text).Length).ThenBy(g => g.Min())
            .Select(g => StripArticle(names[g.First()].Text)).First();
    }

    private static string StripArticle(string name) =>
        name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;

    /// <summary>The comparison key, with a nationality's plural read as its singular ("Afghans" → "afghan").</summary>
    private string EffectiveKey(MentionDraft d)
    {
        if (d.Type == EntityType.Norp && d.Key.Length > 3 && d.Key[^1] == 's' && isDemonym(d.Key[..^1])) return d.Key[..^1];
        return d.Key;
    }

    /// <summary>"al-sudani" → "sudani": the surname alone is written either way.</summary>
    private static string WithoutParticle(string key) =>
        key.Length > 4 && (key.StartsWith("al-", StringComparison.Ordinal) || key.StartsWith("el-", StringComparison.Ordinal)) ? key[3..] : key;

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
