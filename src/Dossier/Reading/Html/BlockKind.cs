namespace Dossier.Reading.Html;

/// <summary>What kind of element a block of text comes from; lists, quotes and subheads are kept when they belong to the article.</summary>
internal enum BlockKind : byte
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    TableCell,
    Caption,
}
