/**
 * The browser side of the service: the network explorer at {@code /} and GraphiQL at
 * {@code /graphiql}, both static pages served with their vendor bundles (no CDN).
 */
@NullMarked
package cn.liangxin.graph.web;

import org.jspecify.annotations.NullMarked;
