package io.reachgraph.graph.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reachgraph.graph.EdgeData;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphFileFormat;
import io.reachgraph.graph.GraphFileSink;
import io.reachgraph.graph.GraphFiles;
import io.reachgraph.graph.ImportOptions;
import io.reachgraph.graph.InvalidGraphFile;
import io.reachgraph.graph.ProfileData;
import io.reachgraph.graph.ProfileKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFileReaderTests {

	@TempDir
	Path dir;

	private final GraphFileReader reader = new GraphFileReader();

	record Rejection(long line, String reason, String raw) {
	}

	static final class Collected implements GraphFileSink {

		final List<ProfileData> profiles = new ArrayList<>();

		final List<EdgeData> edges = new ArrayList<>();

		final List<Rejection> rejected = new ArrayList<>();

		long stopAfter = Long.MAX_VALUE;

		@Override
		public void profile(ProfileData profile) {
			profiles.add(profile);
		}

		@Override
		public void edge(EdgeData edge) {
			edges.add(edge);
		}

		@Override
		public void rejected(long line, String reason, String raw) {
			rejected.add(new Rejection(line, reason, raw));
		}

		@Override
		public boolean afterRecord(long record, long bytesRead) {
			return record < stopAfter;
		}

	}

	private Path file(String name, String content) throws IOException {
		Path path = dir.resolve(name);
		Files.writeString(path, content, StandardCharsets.UTF_8);
		return path;
	}

	private Collected read(Path file, GraphFileFormat format, long skip) {
		Collected sink = new Collected();
		reader.read(file, new ImportOptions(format, "bluesky", EdgeKind.FOLLOWS, skip), sink);
		return sink;
	}

	@Test
	void csvEdgeListWithoutHeaderUsesPositionsAndDefaults() throws IOException {
		Path csv = file("edges.csv", "alice,bob\n@Bob,carol,mentions,3\n\ncarol,alice,reposts\n");
		Collected out = read(csv, GraphFileFormat.CSV_EDGES, 0);
		assertThat(out.edges).containsExactly(
				EdgeData.of(EdgeKind.FOLLOWS, ProfileKey.of("bluesky", "alice"), ProfileKey.of("bluesky", "bob"), 1),
				EdgeData.of(EdgeKind.MENTIONS, ProfileKey.of("bluesky", "bob"), ProfileKey.of("bluesky", "carol"), 3),
				EdgeData.of(EdgeKind.REPOSTS, ProfileKey.of("bluesky", "carol"), ProfileKey.of("bluesky", "alice"), 1));
		assertThat(out.rejected).isEmpty();
	}

	@Test
	void csvHeaderNamesColumnsInAnyOrderAndSemicolonsAreDetected() throws IOException {
		Path csv = file("edges.csv", "weight;Target;Source;type\n2;b.com;a.com;link\n");
		Collected out = read(csv, GraphFileFormat.CSV_EDGES, 0);
		assertThat(out.edges).singleElement().satisfies(edge -> {
			assertThat(edge.kind()).isEqualTo(EdgeKind.LINKS);
			assertThat(edge.source().key()).isEqualTo("a.com");
			assertThat(edge.target().key()).isEqualTo("b.com");
			assertThat(edge.weight()).isEqualTo(2);
		});
	}

	@Test
	void badRowsAreRejectedWithTheirLineNumbersAndTheRestIsImported() throws IOException {
		Path csv = file("edges.csv", String.join("\n", "source,target,kind,weight", "a,b,follows,1", ",b", "a,a",
				"a,c,befriends", "a,d,follows,-4", "a,\"multi\nline\",follows,1", "a,e") + "\n");
		Collected out = read(csv, GraphFileFormat.CSV_EDGES, 0);
		assertThat(out.edges).extracting(e -> e.target().key()).containsExactly("b", "multi\nline", "e");
		assertThat(out.rejected).extracting(Rejection::line).containsExactly(3L, 4L, 5L, 6L);
		assertThat(out.rejected).extracting(Rejection::reason)
			.containsExactly("source is empty", "source and target are the same (self-loop)",
					"unknown edge kind 'befriends' (use follows, reposts, mentions or links)",
					"weight '-4' is not a non-negative number");
		assertThat(out.rejected.get(2).raw()).isEqualTo("a,c,befriends");
	}

	@Test
	void resumingSkipsTheRecordsAlreadyImported() throws IOException {
		Path csv = file("edges.csv", "source,target\na,b\nb,c\nc,d\nd,e\n");
		Collected first = new Collected();
		first.stopAfter = 2;
		GraphFiles.ReadSummary summary = reader.read(csv, new ImportOptions(GraphFileFormat.CSV_EDGES, "x", EdgeKind.FOLLOWS, 0), first);
		assertThat(summary.complete()).isFalse();
		assertThat(first.edges).hasSize(2);
		Collected rest = read(csv, GraphFileFormat.CSV_EDGES, 2);
		assertThat(rest.edges).extracting(e -> e.source().key()).containsExactly("c", "d");
	}

	@Test
	void profilesCsvMapsKnownColumnsAndKeepsTheRestAsAttributes() throws IOException {
		Path csv = file("profiles.csv", "handle,display_name,followers_count,bio,website,niche\n"
				+ "@Alice.bsky.social,Alice A,\"1,200\",Makes games,https://alice.dev https://x.dev,indie\n,nobody,1,,,\n");
		Collected out = read(csv, GraphFileFormat.CSV_PROFILES, 0);
		assertThat(out.profiles).singleElement().satisfies(p -> {
			assertThat(p.key()).isEqualTo(ProfileKey.of("bluesky", "alice.bsky.social"));
			assertThat(p.handle()).isEqualTo("Alice.bsky.social");
			assertThat(p.displayName()).isEqualTo("Alice A");
			assertThat(p.followersCount()).isEqualTo(1200L);
			assertThat(p.links()).containsExactly("https://alice.dev", "https://x.dev");
			assertThat(p.attributes()).containsEntry("niche", "indie");
		});
		assertThat(out.rejected).singleElement().extracting(Rejection::line).isEqualTo(3L);
	}

	@Test
	void graphmlNodesBecomeProfilesAndEdgesKeepKindAndWeight() throws IOException {
		Path xml = file("g.graphml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				  <key id="d0" for="node" attr.name="label" attr.type="string"/>
				  <key id="d1" for="node" attr.name="followers" attr.type="int"/>
				  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
				  <key id="d3" for="edge" attr.name="Relationship" attr.type="string"/>
				  <graph edgedefault="directed">
				    <node id="n0"><data key="d0">Alice</data><data key="d1">10</data></node>
				    <node id="n1"/>
				    <edge source="n0" target="n1"><data key="d2">2.6</data><data key="d3">Mentions</data></edge>
				    <edge source="n1" target="n0"/>
				    <edge source="n1" target="n1"/>
				  </graph>
				</graphml>
				""");
		Collected out = read(xml, GraphFileFormat.GRAPHML, 0);
		assertThat(out.profiles).hasSize(2);
		assertThat(out.profiles.get(0).displayName()).isEqualTo("Alice");
		assertThat(out.profiles.get(0).followersCount()).isEqualTo(10L);
		assertThat(out.profiles.get(1).isBare()).isTrue();
		assertThat(out.edges).containsExactly(
				EdgeData.of(EdgeKind.MENTIONS, ProfileKey.of("bluesky", "n0"), ProfileKey.of("bluesky", "n1"), 3),
				EdgeData.of(EdgeKind.FOLLOWS, ProfileKey.of("bluesky", "n1"), ProfileKey.of("bluesky", "n0"), 1));
		assertThat(out.rejected).singleElement().satisfies(r -> {
			assertThat(r.line()).isEqualTo(12L);
			assertThat(r.reason()).contains("self-loop");
		});
	}

	@Test
	void gexfWithHandleAttributesUsesHandlesAsKeys() throws IOException {
		Path xml = file("g.gexf", """
				<?xml version="1.0" encoding="UTF-8"?>
				<gexf xmlns="http://gexf.net/1.3" version="1.3">
				  <graph defaultedgetype="directed">
				    <attributes class="node"><attribute id="0" title="handle" type="string"/></attributes>
				    <nodes>
				      <node id="1" label="Alice"><attvalues><attvalue for="0" value="alice.example"/></attvalues></node>
				      <node id="2" label="Bob"><attvalues><attvalue for="0" value="bob.example"/></attvalues></node>
				    </nodes>
				    <edges><edge id="0" source="1" target="2" weight="4" kind="reposts"/></edges>
				  </graph>
				</gexf>
				""");
		Collected out = read(xml, GraphFileFormat.GEXF, 0);
		assertThat(out.profiles).extracting(p -> p.key().key()).containsExactly("alice.example", "bob.example");
		assertThat(out.edges).containsExactly(EdgeData.of(EdgeKind.REPOSTS, ProfileKey.of("bluesky", "alice.example"),
				ProfileKey.of("bluesky", "bob.example"), 4));
	}

	@Test
	void inspectionDetectsFormatsAndRefusesEmptyBinaryAndForeignFiles() throws IOException {
		assertThat(reader.inspect(file("a.csv", "a,b\n"), "a.csv", null)).isEqualTo(GraphFileFormat.CSV_EDGES);
		assertThat(reader.inspect(file("p.csv", "handle,followers\na,1\n"), "p.csv", null)).isEqualTo(GraphFileFormat.CSV_PROFILES);
		assertThat(reader.inspect(file("g.xml", "<?xml version=\"1.0\"?><graphml/>"), "g.xml", null)).isEqualTo(GraphFileFormat.GRAPHML);
		assertThat(reader.inspect(file("g.gexf", "\uFEFF<gexf version=\"1.3\"/>"), "g.gexf", null)).isEqualTo(GraphFileFormat.GEXF);
		assertThatThrownBy(() -> reader.inspect(file("e.csv", ""), "e.csv", null)).isInstanceOf(InvalidGraphFile.class)
			.hasMessageContaining("empty");
		Path binary = dir.resolve("x.png");
		Files.write(binary, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe });
		assertThatThrownBy(() -> reader.inspect(binary, "x.png", null)).hasMessageContaining("binary");
		assertThatThrownBy(() -> reader.inspect(file("h.html", "<html><body/></html>"), "h.html", null))
			.hasMessageContaining("neither GraphML nor GEXF");
		assertThatThrownBy(() -> reader.inspect(file("a2.csv", "a,b\n"), "a2.csv", GraphFileFormat.GEXF))
			.hasMessageContaining("not GEXF");
	}

	@Test
	void externalEntitiesAreNeverResolved() throws IOException {
		Path secret = file("secret.txt", "top-secret");
		Path xml = file("xxe.graphml", """
				<?xml version="1.0"?>
				<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "%s">]>
				<graphml><key id="d0" for="node" attr.name="label"/>
				<graph><node id="n0"><data key="d0">&xxe;</data></node></graph></graphml>
				""".formatted(secret.toUri()));
		Collected out = new Collected();
		try {
			reader.read(xml, new ImportOptions(GraphFileFormat.GRAPHML, "x", EdgeKind.FOLLOWS, 0), out);
		}
		catch (InvalidGraphFile expected) {
			// refusing the document outright is fine too
		}
		assertThat(out.profiles).noneMatch(p -> "top-secret".equals(p.displayName()));
	}

	@Test
	void malformedXmlStopsWithTheLineItBrokeAt() throws IOException {
		Path xml = file("bad.gexf", "<gexf>\n<graph>\n<nodes>\n<node id=\"1\">\n</gexf>");
		assertThatThrownBy(() -> read(xml, GraphFileFormat.GEXF, 0)).isInstanceOf(InvalidGraphFile.class)
			.hasMessageContaining("line 5");
	}

	@Test
	void anEndlessLineIsRefusedWithoutReadingItWhole() throws IOException {
		Path csv = dir.resolve("long.csv");
		Files.writeString(csv, "a,b\n" + "x".repeat(1_200_000) + ",y\n");
		assertThatThrownBy(() -> read(csv, GraphFileFormat.CSV_EDGES, 0)).isInstanceOf(InvalidGraphFile.class)
			.hasMessageContaining("line 2 is longer than");
	}

}
