package cn.liangxin.graph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The shapes every {@code @BatchMapping} of the API takes: one load for a whole batch of
 * sources.
 */
final class BatchLoading {

	private BatchLoading() {
	}

	/**
	 * One neighbour per source, looked up by a key the source holds (sources without one
	 * are left out).
	 */
	static <S, K, T> Map<S, T> lookup(List<S> sources, Function<S, @Nullable K> key, Function<Set<K>, Map<K, T>> load) {
		Set<K> keys = sources.stream().map(key).filter(Objects::nonNull).collect(Collectors.toSet());
		Map<K, T> loaded = keys.isEmpty() ? Map.of() : load.apply(keys);
		var result = new LinkedHashMap<S, T>();
		for (S source : sources) {
			K k = key.apply(source);
			T value = k == null ? null : loaded.get(k);
			if (value != null) {
				result.put(source, value);
			}
		}
		return result;
	}

	/** Many neighbours per source: their ids first, then one load for all of them. */
	static <S, T> Map<S, List<T>> expand(List<S> sources, Function<S, List<String>> ids,
			Function<Set<String>, Map<String, T>> load) {
		Set<String> all = sources.stream().flatMap(s -> ids.apply(s).stream()).collect(Collectors.toSet());
		Map<String, T> loaded = all.isEmpty() ? Map.of() : load.apply(all);
		return each(sources, s -> ids.apply(s).stream().map(loaded::get).filter(Objects::nonNull).toList());
	}

	static <S, T> Map<S, T> each(List<S> sources, Function<S, T> value) {
		var result = new LinkedHashMap<S, T>();
		sources.forEach(s -> result.put(s, value.apply(s)));
		return result;
	}

}
