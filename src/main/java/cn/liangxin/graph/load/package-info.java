/**
 * Load shedding: a bulkhead that bounds how many heavy requests (analytics over a scope,
 * planners, maps, clusters, reports, imports) run at once, so cheap lookups and health
 * keep their share of the machine. Features call
 * {@link cn.liangxin.graph.load.HeavyWork}; the HTTP and GraphQL layers turn its refusal
 * into 503 / {@code UNAVAILABLE} with a {@code Retry-After}.
 */
@NullMarked
package cn.liangxin.graph.load;

import org.jspecify.annotations.NullMarked;
