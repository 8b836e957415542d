package cn.liangxin.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * Registers the GDS and APOC procedures and functions with an embedded server. An
 * embedded server does not scan the classpath for procedures the way a server's plugins
 * folder is scanned, so the classes carrying the annotations are found here (by reading
 * class files, not loading them) and registered one by one.
 */
final class ProcedureRegistration {

	private static final Logger log = LoggerFactory.getLogger(ProcedureRegistration.class);

	/**
	 * GDS whole (its procedures depend on one another), and of APOC only the conversion
	 * and text functions the service calls: no export, load, file or cypher-running
	 * procedure reaches the Bolt port.
	 */
	private static final String[] PATTERNS = { "classpath*:org/neo4j/gds/**/*.class", "classpath*:apoc/convert/*.class",
			"classpath*:apoc/text/*.class" };

	private ProcedureRegistration() {
	}

	static void registerAll(GlobalProcedures procedures) {
		long started = System.nanoTime();
		var resolver = new PathMatchingResourcePatternResolver(ProcedureRegistration.class.getClassLoader());
		var readers = new SimpleMetadataReaderFactory(resolver);
		int registered = 0;
		int failed = 0;
		for (String pattern : PATTERNS) {
			for (Resource resource : resources(resolver, pattern)) {
				AnnotationMetadata metadata = metadata(readers, resource);
				if (metadata == null || !metadata.isConcrete() || !metadata.isIndependent()) {
					continue;
				}
				boolean procedure = metadata.hasAnnotatedMethods(Procedure.class.getName());
				boolean function = metadata.hasAnnotatedMethods(UserFunction.class.getName());
				boolean aggregation = metadata.hasAnnotatedMethods(UserAggregationFunction.class.getName());
				if (!procedure && !function && !aggregation) {
					continue;
				}
				try {
					Class<?> type = Class.forName(metadata.getClassName(), false,
							ProcedureRegistration.class.getClassLoader());
					if (procedure) {
						procedures.registerProcedure(type);
					}
					if (function) {
						procedures.registerFunction(type);
					}
					if (aggregation) {
						procedures.registerAggregationFunction(type);
					}
					registered++;
				}
				catch (Exception | LinkageError ex) {
					// Optional parts (e.g. apoc.load.LoadArrow without Arrow) cannot
					// register; the rest still works.
					failed++;
					log.debug("Could not register {}: {}", metadata.getClassName(), ex.toString());
				}
			}
		}
		log.info("Registered {} GDS/APOC procedure classes ({} optional ones skipped) in {} ms", registered, failed,
				(System.nanoTime() - started) / 1_000_000);
	}

	private static Resource[] resources(PathMatchingResourcePatternResolver resolver, String pattern) {
		try {
			return resolver.getResources(pattern);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static AnnotationMetadata metadata(SimpleMetadataReaderFactory readers, Resource resource) {
		try {
			MetadataReader reader = readers.getMetadataReader(resource);
			return reader.getAnnotationMetadata();
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
