package cn.liangxin.graph.api;

import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cn.liangxin.graph.maps.Layout;
import cn.liangxin.graph.maps.NetworkMap;
import cn.liangxin.graph.maps.NetworkMaps;
import cn.liangxin.graph.maps.NodeKind;

/**
 * {@code networkMap}: the laid-out network of a scope; the records map onto the schema as
 * they are.
 */
@Controller
class MapController {

	private final NetworkMaps maps;

	MapController(NetworkMaps maps) {
		this.maps = maps;
	}

	@QueryMapping
	NetworkMap networkMap(@Argument ScopeInput scope, @Argument @Nullable List<NodeKind> include,
			@Argument int maxNodes, @Argument Layout layout) {
		return this.maps.map(ScopeInput.toScope(scope),
				include == null || include.isEmpty() ? null : EnumSet.copyOf(include), maxNodes, layout);
	}

}
