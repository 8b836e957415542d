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
		assertThat(migrations).allSatisfy(m -> assertThat(m.statements()).allMatch(s -> s.contains("IF NOT EXISTS")));
	}

}
