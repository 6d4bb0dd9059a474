using System.Text.RegularExpressions;

namespace Dossier.Reading.Html;

/// <summary>
/// Recognises short lines that web templates put around and inside articles, by their wording, in the
/// languages news sites are most often written in (English, German, French, Spanish, Italian, Portuguese,
/// Polish, Dutch): prompts to read more, share, comment or subscribe; advertisement labels; photo credits;
/// date lines. Only short blocks are tested: a paragraph that merely mentions a newsletter is prose.
/// </summary>
internal static partial class BoilerplateText
{
    // Prompts, labels and credits are a few words; longer blocks are never judged by wording.
    private const int MaxPromptLength = 80;
    private const int MaxCreditLength = 100;
    private const int MaxDatelineLength = 60;

    public static BlockVerdict? Classify(string text)
    {
        if (text.Length > MaxCreditLength) return null;
        if (text.Length <= MaxPromptLength && Prompt().IsMatch(text)) return BlockVerdict.Prompt;
        if (Credit().IsMatch(text)) return BlockVerdict.Caption;
        if (text.Length <= MaxDatelineLength && IsDateline(text)) return BlockVerdict.Byline;
        return null;
    }

    /// <summary>A line that is only a date or time, perhaps with a label: "27.01.2022", "19:49", "Updated 11 Jan 2019, 10:30".</summary>
    private static bool IsDateline(string text)
    {
        if (!DateOrTime().IsMatch(text)) return false;
        // What is left besides the date itself is at most a label ("Updated", "am", "Uhr") and a weekday or month name.
        var rest = DateOrTime().Replace(text, " ");
        int letters = 0;
        foreach (char c in rest)
            if (char.IsLetter(c)) letters++;
        return letters <= 24 && DatelineWords().Replace(rest, "").Count(char.IsLetter) <= 12;
    }

    [GeneratedRegex(@"^\W*(" +
        // read more / related
        @"(read|see|view) (more|also|next|the full)|related( (articles?|posts?|stories|coverage|content|topics|news))?|more (on|about) (this|the) (topic|story|subject)|you (may|might) (also )?(like|enjoy|be interested)|recommended( for you)?|more stories|top stories|trending( now)?|most (read|popular|viewed)|also read|continue reading|" +
        @"(lesen sie|lies) (auch|mehr|weiter)|weiterlesen|mehr (zum thema|dazu|themen|artikel|lesen|erfahren|zu)|weitere (artikel|beiträge|themen|meldungen|informationen|nachrichten|links|news)|ähnliche (artikel|beiträge|themen|posts)|(das|dies) (könnte|dürfte) (dich|sie|euch) (auch )?interessieren|auch interessant|meistgelesen|am meisten gelesen|" +
        @"(vous aimerez|à lire|lire) (aussi|la suite|également)|sur le même (sujet|thème)|(articles? )?(similaires|connexes)|en savoir plus|" +
        @"(también )?te puede interesar|(lea|lee|leer) (también|más)|(noticias|temas|artículos|contenidos?) relacionad[oa]s|ver (también|más)|más noticias|" +
        @"leggi (anche|di più)|potrebbe interessarti|articoli correlati|leia (também|mais)|veja (também|mais)|mais lidas|" +
        @"zobacz (też|także|również)|czytaj (też|także|również|więcej)|lees (ook|meer)|gerelateerd|" +
        // share, follow
        @"share( (this|on|via|the|article|story|post))?|(diesen |den )?(artikel|beitrag|seite) (teilen|drucken|empfehlen|versenden)|teilen|jetzt teilen|partager|compartir|condividi|compartilhe|udostępnij|delen|tweet|" +
        @"follow (us|me)|folg(e|en sie|t) (uns|mir)|suivez-nous|síguenos|seguici|obserwuj nas|" +
        // comments
        @"(\d+ )?comments?|leave a (comment|reply)|write a comment|comments are closed|(\d+ |keine |bisher keine )?kommentare?( (schreiben|verfassen|anzeigen|geschlossen))?|(\d+ )?commentaires?|laisser un commentaire|(\d+ )?comentarios?|deja (un|tu) comentario|(\d+ )?commenti|(\d+ )?komentarz[ey]?|(\d+ )?reacties?|" +
        // newsletter, subscription, paywall
        @"(sign up|subscribe)( (now|today|to|for))?|newsletter( (abonnieren|anmelden|bestellen))?|jetzt (abonnieren|anmelden|registrieren)|abonnieren sie|abonnez-vous|suscr[ií]b(e|ete)( (ahora|gratis))?|iscriviti|zapisz się|" +
        // advertisement
        @"advertisement|advertising|sponsored( content)?|anzeige|werbung|publicidad|publicité|pubblicità|reklama|advertentie|" +
        // print, navigation
        @"print( this)?|drucken|imprimer|imprimir|stampa|drukuj|back to top|nach oben|zurück|retour|volver|" +
        // labels of taxonomy and authorship
        @"tags?|schlagw(ö|o)rter|stichw(ö|o)rter|themen|kategorien?|categor(y|ies)|catégories?|categorías?|etiquetas|filed under|posted in|" +
        // rights
        @"copyright|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados" +
        @")\b\W*($|:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prompt();

    // "Foto: Jane Doe", "Photo credit: …", "Quelle: dpa", "© Reuters", "AFP / MARCO BERTORELLO", "iStock.com/…", "Getty Images".
    [GeneratedRegex(@"^\W*((photo|foto|fotos|photos|bild|bilder|image|images|picture|credit|credits|photo credit|bildquelle|quelle|source|fuente|crédito|grafik|illustration|titelbild|beitragsbild|symbolbild|headerbild|imagen|zdjęcie)\s*(:|©|\(c\))|©)" +
        @"|\b(getty images|istock(photo)?(\.com)?|shutterstock(\.com)?|imago( images)?|picture[ -]alliance|adobe ?stock|unsplash|pixabay|pexels|keystone|reuters|afp|dpa|epa(-efe)?|ap photo|associated press)\b\s*(/[^/]{0,60})?\s*$" +
        @"|^[\p{Lu}][\p{L}.\-' ]{1,40}\s?/\s?[\p{Lu}][\p{L}.\-' ]{1,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    // 27.01.2022, 2022-01-27, 1/27/2022, 19:49, 11 Jan 2019, 6. Mai 2014, January 11, 2019.
    [GeneratedRegex(@"\b(\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(:\d{2})?(\s?(am|pm|uhr|h))?|\d{1,2}\.?\s+\p{L}{3,10}\.?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"\b(published|updated|posted|last updated|modified|created|date|on|at|am|um|uhr|veröffentlicht|aktualisiert|erstellt|geändert|stand|publié|mis à jour|le|à|publicado|actualizado|el|a las|pubblicato|aggiornato|opublikowano|gepubliceerd|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatelineWords();
}
