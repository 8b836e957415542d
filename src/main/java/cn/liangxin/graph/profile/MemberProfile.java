package cn.liangxin.graph.profile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import cn.liangxin.graph.domain.Education;
import cn.liangxin.graph.domain.MemberStatus;

/**
 * Pseudonymous counts of the people employed in (or registered with) something: every
 * stage of members.csv, and for the party members alone (FULL and PROBATIONARY) their
 * birth years, education and mobility. The age bands follow from the birth years at an
 * as-of date, so one profile answers for any date.
 *
 * @param stages people per stage, every stage present
 * @param birthYears members per birth year (members without one are not in the map)
 * @param education members per education (null key: not recorded)
 * @param mobility members per mobile flag (null key: not recorded)
 */
public record MemberProfile(Map<MemberStatus, Integer> stages, Map<Integer, Integer> birthYears,
		Map<@Nullable Education, Integer> education, Map<@Nullable Boolean, Integer> mobility) {

	/** Nobody. */
	public static final MemberProfile EMPTY = of(List.of());

	/**
	 * People who share stage, birth year, education and mobility, and how many they are.
	 */
	public record Group(MemberStatus status, @Nullable Integer birthYear, @Nullable Education education,
			@Nullable Boolean mobile, int count) {
	}

	/** Folds groups of people into a profile. */
	public static MemberProfile of(List<Group> groups) {
		Map<MemberStatus, Integer> stages = new EnumMap<>(MemberStatus.class);
		for (MemberStatus s : MemberStatus.values()) {
			stages.put(s, 0);
		}
		Map<Integer, Integer> birthYears = new TreeMap<>();
		Map<@Nullable Education, Integer> education = new java.util.HashMap<>();
		Map<@Nullable Boolean, Integer> mobility = new java.util.HashMap<>();
		for (Group g : groups) {
			stages.merge(g.status(), g.count(), Integer::sum);
			if (!g.status().isMember()) {
				continue;
			}
			if (g.birthYear() != null) {
				birthYears.merge(g.birthYear(), g.count(), Integer::sum);
			}
			education.merge(g.education(), g.count(), Integer::sum);
			mobility.merge(g.mobile(), g.count(), Integer::sum);
		}
		return new MemberProfile(Collections.unmodifiableMap(stages), Collections.unmodifiableMap(birthYears),
				Collections.unmodifiableMap(education), Collections.unmodifiableMap(mobility));
	}

	/** Party members: FULL + PROBATIONARY. */
	public int members() {
		return this.stages.entrySet().stream().filter(e -> e.getKey().isMember()).mapToInt(Map.Entry::getValue).sum();
	}

	/** People in the recruitment pipeline: APPLICANT + ACTIVIST + CANDIDATE. */
	public int prospects() {
		return this.stages.entrySet().stream().filter(e -> !e.getKey().isMember()).mapToInt(Map.Entry::getValue).sum();
	}

	/**
	 * Members per age band at {@code asOf}, every band present (UNKNOWN: no birth year).
	 */
	public Map<AgeBand, Integer> ageBands(LocalDate asOf) {
		Map<AgeBand, Integer> bands = new EnumMap<>(AgeBand.class);
		for (AgeBand b : AgeBand.values()) {
			bands.put(b, 0);
		}
		this.birthYears.forEach((year, n) -> bands.merge(AgeBand.of(year, asOf), n, Integer::sum));
		int known = this.birthYears.values().stream().mapToInt(Integer::intValue).sum();
		bands.merge(AgeBand.UNKNOWN, members() - known, Integer::sum);
		return bands;
	}
}
