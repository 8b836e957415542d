package cn.liangxin.graph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Autowired;

import cn.liangxin.graph.support.GraphIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query file the service loads is planned by the store (EXPLAIN: compiled, not
 * run), so a typo or a procedure the store lacks fails here rather than on the first
 * user's request.
 */
@GraphIntegrationTest
class CypherFilesIT {

	@Autowired
	Driver driver;

	@Autowired
	GraphQueries queries;

	@Test
	void everyQueryFileIsPlannedByTheStore() throws Exception {
		List<Path> files = CypherFilesTests.queryFiles();
		List<String> failures = new ArrayList<>();
		try (var session = this.driver.session()) {
			for (Path file : files) {
				String name = CypherFilesTests.QUERIES.relativize(file).toString();
				// the service's own loading (comment lines, the trailing semicolon) of
				// the file
				String statement = this.queries.file("queries/" + name);
				assertThat(statement).isNotBlank();
				try {
					session.run("EXPLAIN " + statement).consume();
				}
				catch (Neo4jException ex) {
					failures.add(name + ": " + ex.getMessage());
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(files).hasSizeGreaterThan(20);
	}

}
