package io.reachgraph.graph.internal.io;

import io.reachgraph.graph.EdgeData;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphFiles.ReadSummary;
import io.reachgraph.graph.InvalidGraphFile;
import io.reachgraph.graph.ProfileKey;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * GEXF 1.x, streamed: {@code <attributes>} declare attribute titles; a {@code <node id label>} with its
 * {@code <attvalue>}s becomes a profile (label → display name), an {@code <edge source target weight kind>} an edge.
 */
final class GexfReader extends XmlGraphSupport {

	GexfReader(String platform, EdgeKind defaultKind) {
		super(platform, defaultKind);
	}

	ReadSummary read(InputStream in, GraphFileReader.RecordGate gate) {
		XMLStreamReader xml = open(in);
		Map<String, String> titles = new HashMap<>();
		String attributeClass = null;
		try {
			boolean sawRoot = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				switch (xml.getLocalName()) {
					case "gexf" -> sawRoot = true;
					case "attributes" -> attributeClass = xml.getAttributeValue(null, "class");
					case "attribute" -> {
						String id = xml.getAttributeValue(null, "id");
						String title = xml.getAttributeValue(null, "title");
						if (id != null) {
							titles.put(attributeClass + ":" + id, title != null ? title : id);
						}
					}
					case "node" -> {
						long line = xml.getLocation().getLineNumber();
						String id = xml.getAttributeValue(null, "id");
						String label = xml.getAttributeValue(null, "label");
						Map<String, String> values = new LinkedHashMap<>();
						if (label != null) {
							values.put("label", label);
						}
						values.putAll(readValues(xml, "node", titles));
						if (!gate.next()) {
							nodeKey(id == null ? "" : id, values);
							continue;
						}
						String key = id == null ? null : nodeKey(id, values);
						if (key == null) {
							gate.sink().rejected(line, "node without a usable id", "<node id=\"" + CsvSupport.clip(id) + "\">");
						}
						else {
							gate.sink().profile(Columns.profile(ProfileKey.of(platform, key), values));
						}
						if (!gate.done()) {
							return gate.summary();
						}
					}
					case "edge" -> {
						long line = xml.getLocation().getLineNumber();
						String source = xml.getAttributeValue(null, "source");
						String target = xml.getAttributeValue(null, "target");
						String weight = xml.getAttributeValue(null, "weight");
						String kind = xml.getAttributeValue(null, "kind");
						Map<String, String> values = readValues(xml, "edge", titles);
						if (!gate.next()) {
							continue;
						}
						if (kind == null || EdgeKind.parse(kind) == null) {
							kind = kindOf(values);
						}
						if (weight == null) {
							weight = weightOf(values);
						}
						String raw = "<edge source=\"" + CsvSupport.clip(source) + "\" target=\"" + CsvSupport.clip(target) + "\">";
						EdgeData edge = edge(source, target, kind, weight, values, line, gate, raw);
						if (edge != null) {
							gate.sink().edge(edge);
						}
						if (!gate.done()) {
							return gate.summary();
						}
					}
					default -> {
					}
				}
			}
			if (!sawRoot) {
				throw new InvalidGraphFile("This is not GEXF: no <gexf> element.");
			}
			return gate.summary();
		}
		catch (XMLStreamException ex) {
			throw broken(ex);
		}
		finally {
			try {
				xml.close();
			}
			catch (XMLStreamException ignored) {
				// closing a reader that failed
			}
		}
	}

	/** Reads {@code <attvalue for value>} children (any depth) up to the element's end. */
	private static Map<String, String> readValues(XMLStreamReader xml, String element, Map<String, String> titles)
			throws XMLStreamException {
		Map<String, String> values = new LinkedHashMap<>();
		int depth = 1;
		while (xml.hasNext() && depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				if ("attvalue".equals(xml.getLocalName())) {
					String key = xml.getAttributeValue(null, "for");
					if (key == null) {
						key = xml.getAttributeValue(null, "id");
					}
					String value = xml.getAttributeValue(null, "value");
					values.put(titles.getOrDefault(element + ":" + key, key == null ? "value" : key), value);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return values;
	}

}
