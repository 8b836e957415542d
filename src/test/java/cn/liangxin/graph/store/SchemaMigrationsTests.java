package cn.liangxin.graph.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationsTests {

	@Test
	void splitsStatementsAtLineEndingSemicolonsAndDropsComments() {
		var statements = SchemaMigrations.statements("""
				// a comment; with a semicolon
				CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;
				CREATE INDEX b IF NOT EXISTS
				  FOR (n:B) ON (n.x);
				""");
		assertThat(statements).containsExactly("CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
				"CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.x)");
	}

	@Test
	void findsTheVersionedFilesInOrder() {
		var migrations = SchemaMigrations.migrations();
		assertThat(migrations).extracting(SchemaMigrations.Migration::version).isSorted().doesNotHaveDuplicates();
		// every rule is created only if missing, so a rerun is harmless (the one write,
		// which
		// makes the history's labels known, leaves nothing behind either)
		assertThat(migrations).allSatisfy(
				m -> assertThat(m.statements()).filteredOn(s -> s.matches("(?s)CREATE (\\w+ )?(INDEX|CONSTRAINT).*"))
					.isNotEmpty()
					.allMatch(s -> s.contains("IF NOT EXISTS")));
		assertThat(migrations).flatExtracting(SchemaMigrations.Migration::statements)
			.filteredOn(s -> !s.matches("(?s)CREATE (\\w+ )?(INDEX|CONSTRAINT).*"))
			.singleElement()
			.satisfies(s -> assertThat(s).contains("DETACH DELETE"));
	}

}
