package cn.liangxin.graph.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a caller sees (属地管理): an ADMIN sees everything, anyone
 * else its own area and every area below it. Scopes, lookups and lists of every feature,
 * the import's rows and the exports pass through here; nothing outside the area is ever
 * said to exist.
 */
@Component
public class AreaAccess {

	private final AreaTree tree;

	AreaAccess(AreaTree tree) {
		this.tree = tree;
	}

	/**
	 * Who is asking: the authenticated user of this request, or {@link Caller#SYSTEM}
	 * outside any request.
	 */
	public Caller caller() {
		return Callers.current();
	}

	/**
	 * The same rules for a caller limited to {@code areaCode}, whoever asks: what a
	 * snapshot of that area may hold.
	 */
	public AreaAccess within(String areaCode) {
		return new AreaAccess(this.tree) {
			@Override
			public @Nullable String limit() {
				return areaCode;
			}
		};
	}

	/** The area the caller is limited to, or null when it sees everything. */
	public @Nullable String limit() {
		Caller caller = caller();
		return caller.seesEverything() ? null : caller.areaCode();
	}

	/**
	 * Whether the caller sees what lies in {@code areaCode} (nothing without an area,
	 * unless it sees everything).
	 */
	public boolean sees(@Nullable String areaCode) {
		String limit = limit();
		return limit == null || (areaCode != null && this.tree.within(areaCode, limit));
	}

	/**
	 * Whether what concerns {@code areaCode} concerns the caller: the area lies within
	 * the caller's, or holds it (a district's import touches its streets); everything
	 * when null.
	 */
	public boolean concerns(@Nullable String areaCode) {
		String limit = limit();
		return limit == null || areaCode == null || this.tree.within(areaCode, limit)
				|| this.tree.within(limit, areaCode);
	}

	/**
	 * Whether the caller would see {@code areaCode} once areas of a bundle are imported:
	 * {@code newParents} (area code → parent code) take precedence over the store's.
	 */
	public boolean seesAfter(@Nullable String areaCode, Map<String, @Nullable String> newParents) {
		String limit = limit();
		return limit == null || (areaCode != null && this.tree.within(areaCode, limit, newParents));
	}

	/** The stored parent of an area, null for a root or an unknown code. */
	public @Nullable String parentOf(String code) {
		return this.tree.parent(code);
	}

	/** Whether an area of this code is known (whatever the caller may see of it). */
	public boolean areaExists(String code) {
		return this.tree.exists(code);
	}

	/**
	 * Refuses an area argument outside the caller's area. For a caller limited to an
	 * area, an unknown code is refused the same way, so the answer never tells whether it
	 * exists.
	 */
	public void requireArea(String argument, String areaCode) {
		if (!sees(areaCode)) {
			throw new ForbiddenException(argument, areaCode);
		}
	}

	/** The entries of {@code views} the caller sees, by the area each lies in. */
	public <K, T> Map<K, T> visible(Map<K, T> views, Function<T, @Nullable String> areaOf) {
		if (limit() == null) {
			return views;
		}
		var result = new LinkedHashMap<K, T>();
		views.forEach((key, view) -> {
			if (sees(areaOf.apply(view))) {
				result.put(key, view);
			}
		});
		return result;
	}

	/** The elements of {@code views} the caller sees, by the area each lies in. */
	public <T> List<T> visible(List<T> views, Function<T, @Nullable String> areaOf) {
		return limit() == null ? views : views.stream().filter(v -> sees(areaOf.apply(v))).toList();
	}

}
