using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Diagnostics;

namespace Dossier.Eval;

/// <summary>
/// eval/baseline.json: for each scorer, the fingerprint of the data it was pinned on and a floor per metric.
/// Floors form a ratchet: <see cref="Raise"/> only moves them up; lowering one needs a reason that is kept
/// in the file's history.
/// </summary>
public sealed class Baseline
{
    private readonly JsonObject _root;

    private Baseline(string path, JsonObject root)
    {
        Path = path;
        _root = root;
    }

    public string Path { get; }

    /// <summary>Allowed shortfall below a floor; scorers are deterministic, so this only absorbs float rounding.</summary>
    public double Tolerance => _root["tolerance"]?.GetValue<double>() ?? 1e-9;

    public IEnumerable<string> Scorers => Section().Select(p => p.Key);

    public static Baseline Load(string path)
    {
        if (!File.Exists(path)) return new Baseline(path, new JsonObject { ["tolerance"] = 1e-9, ["scorers"] = new JsonObject(), ["history"] = new JsonArray() });
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new JsonException("the top level is not an object");
            return new Baseline(path, node);
        }
        catch (JsonException ex)
        {
            throw new DossierException(Errors.BadBaseline(path, ex.Message));
        }
    }

    public IReadOnlyDictionary<string, double> Floors(string scorer)
    {
        var floors = new SortedDictionary<string, double>(StringComparer.Ordinal);
        if (Section()[scorer]?["floors"] is JsonObject obj)
        {
            foreach (var (metric, value) in obj) floors[metric] = value!.GetValue<double>();
        }
        return floors;
    }

    public string? Fingerprint(string scorer) => Section()[scorer]?["fingerprint"]?.GetValue<string>();

    /// <summary>
    /// Raises each floor of <paramref name="scorer"/> to the measured value (floors rounded down to 4 decimals)
    /// and pins the fingerprint. A value below its floor lowers it only with <paramref name="lowerReason"/>.
    /// Returns what changed, one line each.
    /// </summary>
    public IReadOnlyList<string> Raise(EvalReport report, IReadOnlyCollection<string> gatedMetrics, string? lowerReason)
    {
        var changes = new List<string>();
        var section = Section();
        if (section[report.Scorer] is not JsonObject entry)
        {
            entry = new JsonObject { ["fingerprint"] = null, ["floors"] = new JsonObject() };
            section[report.Scorer] = entry;
        }
        var floors = entry["floors"] as JsonObject ?? new JsonObject();
        entry["floors"] = floors;
        foreach (var metric in gatedMetrics)
        {
            double measured = Math.Floor(report.Metrics[metric] * 10000) / 10000;
            double? old = floors[metric]?.GetValue<double>();
            if (old is null || measured > old || (measured < old && lowerReason is not null))
            {
                floors[metric] = measured;
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{report.Scorer}.{metric}: {old?.ToString("0.####", CultureInfo.InvariantCulture) ?? "(none)"} -> {measured:0.####}"));
            }
        }
        string fingerprint = report.Fingerprint();
        if (!string.Equals(entry["fingerprint"]?.GetValue<string>(), fingerprint, StringComparison.Ordinal))
        {
            changes.Add($"{report.Scorer}: fingerprint pinned {fingerprint[..12]}…");
            entry["fingerprint"] = fingerprint;
        }
        if (lowerReason is not null && changes.Count > 0)
        {
            History().Add(new JsonObject
            {
                ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["reason"] = lowerReason,
                ["changes"] = new JsonArray([.. changes.Select(c => (JsonNode?)JsonValue.Create(c))]),
            });
        }
        return changes;
    }

    public void Save()
    {
        var options = new JsonSerializerOptions { WriteIndented = true };
        File.WriteAllText(Path, _root.ToJsonString(options) + "\n");
    }

    private JsonObject Section()
    {
        if (_root["scorers"] is not JsonObject section)
        {
            section = new JsonObject();
            _root["scorers"] = section;
        }
        return section;
    }

    private JsonArray History()
    {
        if (_root["history"] is not JsonArray history)
        {
            history = new JsonArray();
            _root["history"] = history;
        }
        return history;
    }
}
