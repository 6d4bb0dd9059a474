namespace Dossier.Quotes;

/// <summary>How the speaker of a quote was found.</summary>
public enum SpeakerResolution : byte
{
    /// <summary>No speaker could be found or resolved; the quote is reported without one.</summary>
    Unresolved,
    /// <summary>A name (or organisation) stands in the attribution itself.</summary>
    Named,
    /// <summary>A pronoun ("he", "she", "they") resolved to an earlier speaker or mention.</summary>
    Pronoun,
    /// <summary>A nominal ("the envoy", "the spokeswoman") resolved to a titled person.</summary>
    Nominal,
    /// <summary>A common-noun group or thing ("officials", "the poll") reported by its own words.</summary>
    Description,
    /// <summary>No cue: the quote continues the previous quote's speaker.</summary>
    Continuation,
}
