/**
 * The graph read model: areas, parks, buildings, organizations, party organizations and
 * officers as read from Neo4j, the {@link cn.liangxin.graph.network.Scope} every analytic
 * takes, and the errors a bad argument raises.
 */
@NullMarked
package cn.liangxin.graph.network;

import org.jspecify.annotations.NullMarked;
