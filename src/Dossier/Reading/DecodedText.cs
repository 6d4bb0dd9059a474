namespace Dossier.Reading;

/// <summary>Bytes turned into text: the string (BOM removed), the encoding used, and how many invalid sequences were replaced.</summary>
public sealed record DecodedText(string Text, string EncodingName, int ReplacedSequences);
