using Dossier.Entities.Conll;

namespace Dossier.Tests.Entities;

public class ConllChunksTests
{
    [Fact]
    public void Iob1_and_iob2_give_the_same_chunks()
    {
        var iob1 = ConllChunks.Of(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]);
        var iob2 = ConllChunks.Of(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]);
        Assert.Equal(iob2, iob1);
        Assert.Equal([new ConllChunks.Chunk(0, 2, "PER"), new ConllChunks.Chunk(3, 4, "LOC"), new ConllChunks.Chunk(4, 5, "LOC")], iob2);
    }

    [Fact]
    public void A_chunk_counts_only_with_exact_span_and_type()
    {
        var score = new ChunkScore();
        score.Add(["B-PER", "I-PER", "O", "B-ORG"], ["B-PER", "O", "O", "B-LOC"]);
        Assert.Equal((0L, 1L, 1L), score.Counts("PER"));
        Assert.Equal((0L, 0L, 1L), score.Counts("ORG"));
        Assert.Equal((0L, 1L, 0L), score.Counts("LOC"));
    }
}
