package cn.liangxin.graph.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a Relay connection.
 *
 * @param totalCount how many items match, over all pages
 * @param edges the items of this page with their cursors
 * @param hasNextPage whether more items follow
 */
public record Page<T>(int totalCount, List<Edge<T>> edges, boolean hasNextPage) {

	/** An item and the cursor that pages after it. */
	public record Edge<T>(String cursor, T node) {
	}

	/** The same page with each item mapped, cursors kept. */
	public <U> Page<U> map(java.util.function.Function<T, U> mapping) {
		return new Page<>(this.totalCount,
				this.edges.stream().map(e -> new Edge<>(e.cursor(), mapping.apply(e.node()))).toList(),
				this.hasNextPage);
	}

	public @Nullable String startCursor() {
		return this.edges.isEmpty() ? null : this.edges.get(0).cursor();
	}

	public @Nullable String endCursor() {
		return this.edges.isEmpty() ? null : this.edges.get(this.edges.size() - 1).cursor();
	}
}
