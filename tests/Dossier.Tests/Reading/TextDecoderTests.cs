using System.Text;
using Dossier.Reading;

namespace Dossier.Tests.Reading;

public class TextDecoderTests
{
    private const string Sample = "“The Taliban’s forces,” he said — café.";

    private static DecodedText Decode(byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes, out var why);
        Assert.True(decoded is not null, why);
        return decoded!;
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_is_decoded_without_it()
    {
        var decoded = Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void Utf16_little_endian_with_a_byte_order_mark_is_decoded()
    {
        var decoded = Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-16le", decoded.EncodingName);
    }

    [Fact]
    public void Utf16_big_endian_without_a_byte_order_mark_is_recognised_by_its_zero_bytes()
    {
        var decoded = Decode(Encoding.BigEndianUnicode.GetBytes("Plain English text, said the reporter. " + Sample));
        Assert.EndsWith(Sample, decoded.Text, StringComparison.Ordinal);
        Assert.Equal("utf-16be", decoded.EncodingName);
    }

    [Fact]
    public void Windows_1252_curly_quotes_are_recognised()
    {
        byte[] bytes = [0x93, (byte)'H', (byte)'i', 0x94, (byte)' ', (byte)'s', (byte)'h', (byte)'e', (byte)' ', (byte)'s', (byte)'a', (byte)'i', (byte)'d', 0x85];
        var decoded = Decode(bytes);
        Assert.Equal("“Hi” she said…", decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
    }

    [Fact]
    public void A_few_invalid_bytes_in_utf8_text_are_replaced_and_counted()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Café “quoted” text "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" and more café.")];
        var decoded = Decode(bytes);
        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Equal(1, decoded.ReplacedSequences);
        Assert.Contains('\uFFFD', decoded.Text);
    }

    [Fact]
    public void Binary_data_is_refused_with_a_reason()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        Assert.Null(TextDecoder.Decode(bytes, out var why));
        Assert.Contains("NUL", why, StringComparison.Ordinal);
    }
}
