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
		try {
			SpringApplication.run(Application.class, args);
		}
		catch (RuntimeException ex) {
			// Spring has logged why. A start that failed after the store began its
			// threads would
			// leave the JVM alive with nothing serving, which no supervisor watching the
			// process
			// would restart: end it.
			System.exit(1);
		}
	}

}
