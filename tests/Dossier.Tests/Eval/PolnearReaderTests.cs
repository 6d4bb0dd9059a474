using Dossier.Eval.Quotes;

namespace Dossier.Tests.Eval;

public class PolnearReaderTests
{
    [Fact]
    public void Last_relation_of_a_file_ending_in_a_newline_keeps_its_content()
    {
        const string text = "He said it was fine.";
        const string ann = "T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 19\tit was fine\nE1\tAttribution:T2 Cue:T2 Source:T1 Content:T3\n";

        var relation = Assert.Single(PolnearReader.ParseAnn(ann, text.Length));

        Assert.Equal("it was fine", text[relation.Content[0].Start..relation.Content[0].End]);
    }
}
