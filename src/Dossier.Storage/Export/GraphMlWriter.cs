using System.Globalization;
using System.Xml;
using Dossier.Storage.Queries;

namespace Dossier.Storage.Export;

/// <summary>
/// Writes the actor graph as GraphML (NetworkX's <c>read_graphml</c>, Gephi, yEd): a directed graph whose
/// co-occurrence edges carry <c>directed="false"</c>; every edge has kind, label, weight, first and last date.
/// </summary>
public static class GraphMlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"), ("type", "node", "type", "string"), ("articles", "node", "articles", "int"), ("quotes", "node", "quotes", "int"),
        ("kind", "edge", "kind", "string"), ("relation", "edge", "label", "string"), ("weight", "edge", "weight", "int"),
        ("first", "edge", "first", "string"), ("last", "edge", "last", "string"),
    ];

    public static void Write(ActorGraph graph, Stream output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, target, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "actors");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", "n" + N(node.Id));
            Data(xml, "label", node.Label);
            Data(xml, "type", node.Type);
            Data(xml, "articles", N(node.Articles));
            Data(xml, "quotes", N(node.Quotes));
            xml.WriteEndElement();
        }
        int e = 0;
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + N(e++));
            xml.WriteAttributeString("source", "n" + N(edge.Source));
            xml.WriteAttributeString("target", "n" + N(edge.Target));
            if (!edge.Directed) xml.WriteAttributeString("directed", "false");
            Data(xml, "kind", edge.Kind);
            if (edge.Label is not null) Data(xml, "relation", edge.Label);
            Data(xml, "weight", N(edge.Weight));
            if (edge.First is { } first) Data(xml, "first", GexfWriter.Day(first));
            if (edge.Last is { } last) Data(xml, "last", GexfWriter.Day(last));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
