package cn.liangxin.graph.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.network.Page;

/**
 * A Relay connection with its total count, as the schema's {@code XxxConnection} types
 * read it.
 */
public record Connection<T>(int totalCount, List<Page.Edge<T>> edges, List<T> nodes, PageInfo pageInfo) {

	/** Relay's page info; paging is forward only. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

	public static <T> Connection<T> of(Page<T> page, boolean afterCursor) {
		return new Connection<>(page.totalCount(), page.edges(), page.edges().stream().map(Page.Edge::node).toList(),
				new PageInfo(page.hasNextPage(), afterCursor, page.startCursor(), page.endCursor()));
	}
}
