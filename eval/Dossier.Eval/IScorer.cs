namespace Dossier.Eval;

/// <summary>
/// Scores one capability against a data set. <c>dossier eval NAME</c> runs it with the options the user gives;
/// the gate runs it with the defaults and compares its metrics with the floors in eval/baseline.json.
/// </summary>
public interface IScorer
{
    /// <summary>Short name used on the command line and as the metric prefix in the baseline ("sbd", "ner").</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Inputs the scorer takes, each with a default relative to the shared data folder.</summary>
    IReadOnlyList<ScorerInput> Inputs { get; }

    EvalReport Run(EvalContext context, CancellationToken cancellationToken = default);
}

/// <summary>
/// A file or folder a scorer reads. <paramref name="Option"/> is the command-line option ("--conll");
/// <paramref name="DefaultPath"/> is relative to the shared data folder ("conll2003/valid.txt").
/// </summary>
public sealed record ScorerInput(string Option, string Description, string DefaultPath);
