using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dossier.Eval;

/// <summary>
/// The outcome of one scorer run: named metrics (higher is better, each gated by a floor), a human-readable
/// table, and a fingerprint of the data that was scored so the gate notices when the data changes.
/// </summary>
public sealed class EvalReport(string scorer)
{
    private readonly SortedDictionary<string, double> _metrics = new(StringComparer.Ordinal);
    private readonly List<string> _lines = [];
    private readonly SortedSet<string> _dataFiles = new(StringComparer.Ordinal);

    public string Scorer { get; } = scorer;
    public IReadOnlyDictionary<string, double> Metrics => _metrics;
    public IReadOnlyList<string> Lines => _lines;
    public IReadOnlyCollection<string> DataFiles => _dataFiles;

    /// <summary>Records metric <paramref name="name"/>; the baseline key is "scorer.name".</summary>
    public EvalReport Metric(string name, double value)
    {
        _metrics[name] = value;
        return this;
    }

    public EvalReport Line(string text)
    {
        _lines.Add(text);
        return this;
    }

    /// <summary>Adds precision, recall and F1 as metrics name.p, name.r, name.f1 and a line of text.</summary>
    public EvalReport Prf(string name, PrfCounts counts)
    {
        Metric(name + ".p", counts.Precision).Metric(name + ".r", counts.Recall).Metric(name + ".f1", counts.F1);
        return Line(string.Create(CultureInfo.InvariantCulture, $"{name,-28} P {counts.Precision:0.0000}  R {counts.Recall:0.0000}  F1 {counts.F1:0.0000}  (tp {counts.TruePositives}, fp {counts.FalsePositives}, fn {counts.FalseNegatives})"));
    }

    /// <summary>Declares a data file (or every file under a folder) the scores depend on.</summary>
    public EvalReport UsedData(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)) _dataFiles.Add(Path.GetFullPath(file));
        }
        else
        {
            _dataFiles.Add(Path.GetFullPath(path));
        }
        return this;
    }

    /// <summary>SHA-256 over the names (relative to their common folder) and bytes of every data file used.</summary>
    public string Fingerprint()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in _dataFiles)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

/// <summary>True positive, false positive and false negative counts, with the usual ratios (0 when undefined).</summary>
public readonly record struct PrfCounts(long TruePositives, long FalsePositives, long FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrfCounts operator +(PrfCounts a, PrfCounts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public static PrfCounts Add(PrfCounts a, PrfCounts b) => a + b;
}
