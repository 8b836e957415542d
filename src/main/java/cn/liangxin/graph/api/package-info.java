/**
 * The GraphQL API: controllers mapping the schema in {@code src/main/resources/graphql/}
 * onto the features, the inputs they take, and the mapping of domain errors to GraphQL
 * error types. Only this package knows GraphQL.
 */
@NullMarked
package cn.liangxin.graph.api;

import org.jspecify.annotations.NullMarked;
