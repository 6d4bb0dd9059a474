using System.Text.Json;
using System.Xml.Linq;
using Dossier.Storage.Tests.Ingest;

namespace Dossier.Storage.Tests.Cli;

/// <summary>
/// The query and export commands on the real CLI: every format a program would read parses, and holds what the
/// store holds. One small store, ingested once for the whole class.
/// </summary>
public sealed class QueryFormatTests(QueryFormatTests.Store store) : IClassFixture<QueryFormatTests.Store>
{
    /// <summary>
    /// Twenty synthetic articles: ten speakers, each in two articles, each speaking about the same organisation
    /// (so the graph has nodes, speaks-about and co-occurrence edges).
    /// </summary>
    public sealed class Store : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Store()
        {
            string input = _folder.File("in.jsonl");
            Corpus.Write(input, 20, i => Corpus.JsonLine(i).Replace("the capital", "Brussels after the European Union backed the bill", StringComparison.Ordinal));
            Database = _folder.File("dossier.db");
            var (exit, _, stderr) = CliProcess.Run("ingest", input, "--db", Database, "--no-progress");
            if (exit != 0) throw new InvalidOperationException("ingest failed: " + stderr);
        }

        public string Database { get; }

        public string Run(params string[] args)
        {
            var (exit, stdout, stderr) = CliProcess.Run([.. args, "--db", Database]);
            Assert.True(exit == 0, $"dossier {string.Join(' ', args)} failed: {stderr}");
            return stdout;
        }

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public void Quotes_as_json_jsonl_and_csv_hold_the_same_quotes()
    {
        using var json = JsonDocument.Parse(store.Run("quotes", "--limit", "0", "--format", "json"));
        var fromJson = json.RootElement.EnumerateArray().Select(q => q.GetProperty("content").GetString()).ToList();
        var fromJsonl = JsonLines(store.Run("quotes", "--limit", "0", "--format", "jsonl")).Select(q => q.GetProperty("content").GetString()).ToList();
        var csv = Lines(store.Run("quotes", "--limit", "0", "--format", "csv"));

        Assert.True(fromJson.Count >= 20, $"{fromJson.Count} quotes from 20 articles that each have one");
        Assert.Equal(fromJson, fromJsonl);
        Assert.Equal(fromJson.Count + 1, csv.Count);
        Assert.StartsWith("date,speaker,type,", csv[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quotes", 20)]
    [InlineData("actors", 10)]
    [InlineData("relations", 0)]
    [InlineData("events", 0)]
    public void Exports_write_every_row_as_jsonl_and_as_csv_with_a_header(string what, int atLeast)
    {
        var jsonl = JsonLines(store.Run("export", what, "--format", "jsonl"));
        var csv = Lines(store.Run("export", what, "--format", "csv"));
        Assert.True(jsonl.Count >= atLeast, $"{jsonl.Count} {what} exported, expected at least {atLeast}");
        Assert.Equal(jsonl.Count + 1, csv.Count);
        Assert.Contains("_id", csv[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gexf", "http://gexf.net/1.3", "node", "edge")]
    [InlineData("graphml", "http://graphml.graphdrawing.org/xmlns", "node", "edge")]
    public void Graph_exports_are_well_formed_with_actors_as_nodes(string format, string ns, string node, string edge)
    {
        var xml = XDocument.Parse(store.Run("export", "graph", "--format", format));
        Assert.Equal(ns, xml.Root!.Name.NamespaceName);
        var nodes = xml.Descendants(XName.Get(node, ns)).ToList();
        Assert.Contains(nodes, n => n.ToString().Contains("Dana Alvarez", StringComparison.Ordinal));
        Assert.NotEmpty(xml.Descendants(XName.Get(edge, ns)));
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    private static List<JsonElement> JsonLines(string text) =>
        [.. Lines(text).Select(line => { using var d = JsonDocument.Parse(line); return d.RootElement.Clone(); })];
}
