package cn.liangxin.graph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope clauses live in cypher/fragments, and every query that selects a scope's
 * organizations, party organizations or officers holds its fragment verbatim: a rule
 * changed in one place but not in a copy fails here, not in a planner's spreadsheet.
 */
class CypherFilesTests {

	static final Path QUERIES = Path.of("cypher/queries");

	static final Path FRAGMENTS = Path.of("cypher/fragments");

	/**
	 * Files that take $areaCode/$parkId for something else than a scope's entities, and
	 * why.
	 */
	static final Map<String, String> OTHER_SCOPES = Map.of("maps/areas.cypher",
			"the scope's own area and its child areas, not its organizations", "maps/places.cypher",
			"the park of the scope and the places of organizations already chosen",
			"jointbranch/area-committees.cypher", "the committee above each given place, walking up, not down",
			"officers/officers.cypher",
			"the planner's officers: those based in the scope's area, not those guiding into it");

	@Test
	void everyScopedQueryHoldsItsFragmentVerbatim() throws IOException {
		Map<String, String> fragments = fragments();
		assertThat(fragments).containsOnlyKeys("organizations-in-scope.cypher", "organizations-in-scope-as-of.cypher",
				"party-organizations-in-scope.cypher", "party-organizations-in-scope-as-of.cypher",
				"officers-in-scope.cypher");
		List<Path> files = queryFiles();
		assertThat(files).hasSizeGreaterThan(20);
		int scoped = 0;
		for (Path file : files) {
			String name = QUERIES.relativize(file).toString();
			String text = Files.readString(file, StandardCharsets.UTF_8);
			List<String> held = fragments.entrySet()
				.stream()
				.filter(f -> text.contains(f.getValue()))
				.map(Map.Entry::getKey)
				.toList();
			for (var fragment : fragments.entrySet()) {
				// a copy that drifted still starts with the fragment's first branch: it
				// must then be whole
				String firstBranch = fragment.getValue().lines().skip(1).findFirst().orElseThrow().strip();
				if (text.contains(firstBranch)) {
					assertThat(held).as("%s starts %s but does not hold it verbatim", name, fragment.getKey())
						.contains(fragment.getKey());
				}
			}
			if (text.contains("$parkId") && !OTHER_SCOPES.containsKey(name)) {
				assertThat(held).as("%s takes a scope but holds no scope fragment", name).isNotEmpty();
				scoped++;
			}
		}
		assertThat(scoped).as("scoped query files").isGreaterThanOrEqualTo(12);
	}

	/** Each fragment without its comment lines: the text queries must hold. */
	static Map<String, String> fragments() throws IOException {
		try (Stream<Path> paths = Files.list(FRAGMENTS)) {
			return paths.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> {
				try {
					return Files.readAllLines(p, StandardCharsets.UTF_8)
						.stream()
						.filter(l -> !l.startsWith("//"))
						.collect(Collectors.joining("\n"))
						.strip();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
	}

	static List<Path> queryFiles() throws IOException {
		try (Stream<Path> paths = Files.walk(QUERIES)) {
			return paths.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
		}
	}

}
