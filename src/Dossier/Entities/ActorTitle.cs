using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// A title or role an article gives a person. <see cref="Span"/> is the whole title phrase as written
/// ("U.S. Special Representative to Afghanistan", "Taliban’s interior minister"); <see cref="Role"/> is the
/// role words inside it ("Special Representative to Afghanistan", "interior minister"); <see cref="Organization"/>
/// is the actor the role is held at ("U.S." → United States, "Taliban"), or -1; <see cref="Evidence"/> covers
/// the title and the name together ("The Taliban’s interior minister, Sirajuddin Haqqani").
/// </summary>
public readonly record struct ActorTitle(TextSpan Span, TextSpan Role, int Organization, TextSpan Evidence);
