using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Pipeline;

/// <summary>Runs a pipeline over many read results on several cores, keeping input order and turning failures into values.</summary>
public static class ParallelAnalysis
{
    /// <summary>
    /// Analyses each readable document; failed reads pass through, and a document whose analysis fails becomes a
    /// failed result naming it. Results stream out in input order while later documents are still being analysed.
    /// </summary>
    public static IEnumerable<ReadResult> AnalyzeAll(this DossierPipeline pipeline, IEnumerable<ReadResult> inputs, int degreeOfParallelism, CancellationToken cancellationToken = default)
    {
        if (degreeOfParallelism <= 1) return inputs.Select(r => Analyze(pipeline, r, cancellationToken));
        return inputs.AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(degreeOfParallelism)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellationToken)
            .Select(r => Analyze(pipeline, r, cancellationToken));
    }

    private static ReadResult Analyze(DossierPipeline pipeline, ReadResult input, CancellationToken cancellationToken)
    {
        if (input.Document is null) return input;
        try
        {
            pipeline.Process(input.Document, cancellationToken);
            return input;
        }
        catch (DossierException ex)
        {
            return ReadResult.Failed(ex.Error.Source is null ? ex.Error.At(input.Document.Metadata.Source ?? "(document)") : ex.Error);
        }
    }
}
