using System.Text.Json;
using Dossier.Model;
using Dossier.Output;
using Dossier.Pipeline;

namespace Dossier.Tests.Text;

public class TextJsonWritersTests
{
    private static JsonElement Analyse(string text)
    {
        var document = DefaultPipeline.Create().Process(Document.FromText(text));
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, DocumentJsonWriter.Options(indented: false)))
            DocumentJsonWriter.Write(json, document);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Tokens_are_written_with_span_text_and_kind()
    {
        var token = Analyse("They don’t.").GetProperty("tokens")[2];
        Assert.Equal(7, token.GetProperty("start").GetInt32());
        Assert.Equal(10, token.GetProperty("end").GetInt32());
        Assert.Equal(7, token.GetProperty("sourceStart").GetInt32());
        Assert.Equal(10, token.GetProperty("sourceEnd").GetInt32());
        Assert.Equal("n’t", token.GetProperty("text").GetString());
        Assert.Equal("clitic", token.GetProperty("kind").GetString());
    }

    [Fact]
    public void Sentences_are_written_with_span_and_token_range()
    {
        var sentences = Analyse("One. Two words.").GetProperty("sentences");
        Assert.Equal(2, sentences.GetArrayLength());
        var second = sentences[1];
        Assert.Equal(5, second.GetProperty("start").GetInt32());
        Assert.Equal(15, second.GetProperty("end").GetInt32());
        Assert.Equal(2, second.GetProperty("tokenStart").GetInt32());
        Assert.Equal(5, second.GetProperty("tokenEnd").GetInt32());
    }
}
