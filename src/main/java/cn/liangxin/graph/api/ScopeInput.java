package cn.liangxin.graph.api;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.network.Scope;

/** GraphQL {@code input Scope}. */
public record ScopeInput(@Nullable String areaCode, @Nullable String parkId) {

	/** The scope, or everything when the argument is absent. */
	public static Scope toScope(@Nullable ScopeInput input) {
		return input == null ? Scope.EVERYTHING : Scope.of(input.areaCode(), input.parkId());
	}
}
