using System.Globalization;
using System.Xml;
using Dossier.Storage.Queries;

namespace Dossier.Storage.Export;

/// <summary>
/// Writes the actor graph as GEXF 1.3 (Gephi's format): nodes with type and counts, edges with kind, label,
/// weight and the dates of the first and last article (edge start/end, so Gephi's timeline can play them).
/// </summary>
public static class GexfWriter
{
    private const string Namespace = "http://gexf.net/1.3";

    public static void Write(ActorGraph graph, Stream output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "dossier");
        xml.WriteElementString("description", Namespace, "Actors of a Dossier store: who speaks about whom, relations, co-occurrence in articles");
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("timeformat", "date");
        Attributes(xml, "node", [("type", "string"), ("articles", "integer"), ("quotes", "integer")]);
        Attributes(xml, "edge", [("kind", "string")]);
        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", Id(node.Id));
            xml.WriteAttributeString("label", node.Label);
            Values(xml, [node.Type, Id(node.Articles), Id(node.Quotes)]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        int id = 0;
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", Id(id++));
            xml.WriteAttributeString("source", Id(edge.Source));
            xml.WriteAttributeString("target", Id(edge.Target));
            if (!edge.Directed) xml.WriteAttributeString("type", "undirected");
            xml.WriteAttributeString("weight", Id(edge.Weight));
            if (edge.Label is not null) xml.WriteAttributeString("label", edge.Label);
            if (edge.First is { } first) xml.WriteAttributeString("start", Day(first));
            if (edge.Last is { } last) xml.WriteAttributeString("end", Day(last));
            Values(xml, [edge.Kind]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Attributes(XmlWriter xml, string kind, (string Title, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", kind);
        for (int i = 0; i < attributes.Length; i++)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", Id(i));
            xml.WriteAttributeString("title", attributes[i].Title);
            xml.WriteAttributeString("type", attributes[i].Type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Values(XmlWriter xml, string[] values)
    {
        xml.WriteStartElement("attvalues", Namespace);
        for (int i = 0; i < values.Length; i++)
        {
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", Id(i));
            xml.WriteAttributeString("value", values[i]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static string Id(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Day(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
