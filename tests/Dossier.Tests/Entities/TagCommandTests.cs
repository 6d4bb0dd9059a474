using Dossier.Tests.Cli;

namespace Dossier.Tests.Entities;

public class TagCommandTests
{
    [Fact]
    public void Tag_adds_a_predicted_iob2_column_and_keeps_every_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tag-{Guid.NewGuid():N}.conll");
        string[] lines =
        [
            "-DOCSTART- -X- -X- O", "",
            "Angela NNP B-NP B-PER", "Merkel NNP I-NP I-PER", "visited VBD B-VP O", "Paris NNP B-NP B-LOC", ". . O O", "",
        ];
        File.WriteAllLines(path, lines);
        try
        {
            var outcome = DossierProcess.Run(null, "tag", "--conll", path);
            Assert.Equal(0, outcome.ExitCode);
            var output = outcome.Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            Assert.Equal(lines.Length - 1, output.Length); // the final blank line is trimmed above
            Assert.Equal("Angela NNP B-NP B-PER B-PER", output[2]);
            Assert.Equal("Merkel NNP I-NP I-PER I-PER", output[3]);
            Assert.Equal("Paris NNP B-NP B-LOC B-LOC", output[5]);
            Assert.Equal("", output[1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Tag_names_a_missing_file_without_a_stack_trace()
    {
        var outcome = DossierProcess.Run(null, "tag", "--conll", "/nonexistent/file.conll");
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("DSR0101", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
    }
}
