/**
 * The store: an embedded Neo4j server started in-process when no {@code spring.neo4j.uri}
 * is set, or an external server / cluster otherwise; and the versioned schema applied at
 * start-up. Everything else talks to Neo4j over Bolt through the driver, in both cases.
 */
@NullMarked
package cn.liangxin.graph.store;

import org.jspecify.annotations.NullMarked;
