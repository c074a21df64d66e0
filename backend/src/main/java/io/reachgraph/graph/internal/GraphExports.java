package io.reachgraph.graph.internal;

import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.NetworkGraph;
import io.reachgraph.graph.NetworkSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/** Writes a network as a CSV edge list or as GEXF 1.3 for Gephi, streaming. */
@Component
public class GraphExports {

	private final GraphStore graphs;

	GraphExports(GraphStore graphs) {
		this.graphs = graphs;
	}

	public void csv(String networkId, OutputStream out) throws IOException {
		NetworkGraph graph = graphs.load(networkId);
		List<String> ids = graph.profileIds();
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
		csv.printRecord("source", "target", "kind", "weight", "nofollow", "sponsored", "ugc", "source_platform",
				"target_platform");
		for (EdgeKind kind : EdgeKind.values()) {
			NetworkGraph.Edges edges = graph.edges(kind);
			for (int i = 0; i < edges.size(); i++) {
				String s = ids.get(edges.source()[i]);
				String t = ids.get(edges.target()[i]);
				int sc = s.indexOf(':');
				int tc = t.indexOf(':');
				csv.printRecord(s.substring(sc + 1), t.substring(tc + 1), kind.wireName(), edges.weight()[i],
						edges.nofollow() == null ? "" : edges.nofollow()[i],
						edges.sponsored() == null ? "" : edges.sponsored()[i], edges.ugc() == null ? "" : edges.ugc()[i],
						s.substring(0, sc), t.substring(0, tc));
			}
		}
		csv.flush();
	}

	public void gexf(String networkId, OutputStream out) throws IOException {
		NetworkSummary summary = graphs.network(networkId);
		NetworkGraph graph = graphs.load(networkId);
		List<String> ids = graph.profileIds();
		Map<String, GraphStore.ProfileLabel> labels = graphs.labels(ids);
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("gexf");
			xml.writeDefaultNamespace("http://gexf.net/1.3");
			xml.writeAttribute("version", "1.3");
			xml.writeStartElement("meta");
			xml.writeStartElement("creator");
			xml.writeCharacters("Reachgraph");
			xml.writeEndElement();
			xml.writeStartElement("description");
			xml.writeCharacters(summary.name());
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement("graph");
			xml.writeAttribute("defaultedgetype", "directed");
			xml.writeStartElement("attributes");
			xml.writeAttribute("class", "node");
			attribute(xml, "platform", "platform");
			attribute(xml, "name", "display_name");
			xml.writeEndElement();
			xml.writeStartElement("attributes");
			xml.writeAttribute("class", "edge");
			attribute(xml, "nofollow", "nofollow");
			attribute(xml, "sponsored", "sponsored");
			attribute(xml, "ugc", "ugc");
			xml.writeEndElement();
			xml.writeStartElement("nodes");
			for (String id : ids) {
				GraphStore.ProfileLabel label = labels.get(id);
				xml.writeStartElement("node");
				xml.writeAttribute("id", id);
				xml.writeAttribute("label", label.label());
				xml.writeStartElement("attvalues");
				value(xml, "platform", label.platform());
				if (label.displayName() != null) {
					value(xml, "name", label.displayName());
				}
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeStartElement("edges");
			long n = 0;
			for (EdgeKind kind : EdgeKind.values()) {
				NetworkGraph.Edges edges = graph.edges(kind);
				for (int i = 0; i < edges.size(); i++) {
					xml.writeStartElement("edge");
					xml.writeAttribute("id", Long.toString(n++));
					xml.writeAttribute("source", ids.get(edges.source()[i]));
					xml.writeAttribute("target", ids.get(edges.target()[i]));
					xml.writeAttribute("kind", kind.wireName());
					xml.writeAttribute("weight", Integer.toString(edges.weight()[i]));
					if (kind == EdgeKind.LINKS) {
						xml.writeStartElement("attvalues");
						value(xml, "nofollow", Integer.toString(edges.nofollow()[i]));
						value(xml, "sponsored", Integer.toString(edges.sponsored()[i]));
						value(xml, "ugc", Integer.toString(edges.ugc()[i]));
						xml.writeEndElement();
					}
					xml.writeEndElement();
				}
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	private static void attribute(XMLStreamWriter xml, String id, String title) throws XMLStreamException {
		xml.writeEmptyElement("attribute");
		xml.writeAttribute("id", id);
		xml.writeAttribute("title", title);
		xml.writeAttribute("type", "string");
	}

	private static void value(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		xml.writeEmptyElement("attvalue");
		xml.writeAttribute("for", key);
		xml.writeAttribute("value", value);
	}

}
