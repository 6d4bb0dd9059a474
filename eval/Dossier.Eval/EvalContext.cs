using Dossier.Diagnostics;

namespace Dossier.Eval;

/// <summary>What a scorer run gets: resolved input paths, the repository root (for models), and a log for progress.</summary>
public sealed class EvalContext(IReadOnlyDictionary<string, string> inputs, string? repositoryRoot, TextWriter log)
{
    public string? RepositoryRoot { get; } = repositoryRoot;
    public TextWriter Log { get; } = log;

    /// <summary>The path given for input <paramref name="option"/>; throws DSR0501 when it does not exist.</summary>
    public string Input(string option)
    {
        if (!inputs.TryGetValue(option, out var path))
            throw new DossierException(Errors.BadArgument($"no path for {option}"));
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new DossierException(Errors.EvalDataMissing(path));
        return path;
    }

    /// <summary>Resolves every input of <paramref name="scorer"/>: the user's value where given, else the default under <paramref name="dataRoot"/>.</summary>
    public static EvalContext For(IScorer scorer, string? dataRoot, IReadOnlyDictionary<string, string?> given, TextWriter log)
    {
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in scorer.Inputs)
        {
            if (given.TryGetValue(input.Option, out var value) && !string.IsNullOrEmpty(value))
                resolved[input.Option] = Path.GetFullPath(value);
            else if (dataRoot is not null)
                resolved[input.Option] = Path.GetFullPath(Path.Combine(dataRoot, input.DefaultPath));
            else
                throw new DossierException(Errors.EvalDataMissing($"{input.Option} (default ../shared/data/{input.DefaultPath})"));
        }
        return new EvalContext(resolved, EvalPaths.RepositoryRoot(), log);
    }
}
