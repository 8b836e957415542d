package cn.liangxin.graph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.liangxin.graph.store.StoreBackup;

/**
 * liangxin-graph: the party-building ledgers of 两新组织 as a Neo4j graph, read through
 * GraphQL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

	public static void main(String[] args) {
		if (StoreBackup.isCommand(args)) {
			// backup / restore work on a stopped store: no service starts
			System.exit(StoreBackup.main(args));
		}
		SpringApplication.run(Application.class, args);
	}

}
