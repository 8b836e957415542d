package cn.liangxin.graph.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.liangxin.graph.ledger.AreaBoundaries;
import cn.liangxin.graph.ledger.KnownIds;

class CityGeneratorTests {

	private static final CityParameters DEMO = CityParameters.of(3_000, 42);

	private static Map<String, byte[]> files;

	private static Bundle bundle;

	@BeforeAll
	static void generate() {
		files = CityGenerator.inMemoryBundle(DEMO);
		bundle = Bundle.of(files);
	}

	/**
	 * The boundaries pass the importer's checks, every area has one, and a street's
	 * communities tile it: inside it, and their areas (shoelace, in degrees²) add up to
	 * the street's.
	 */
	@Test
	void everyAreaHasAValidBoundaryAndCommunitiesTileTheirStreet() {
		Set<String> codes = bundle.file("areas.csv").stream().map(r -> r.get("code")).collect(Collectors.toSet());
		var read = AreaBoundaries.read(files.get(CityGenerator.AREAS_GEOJSON), codes, KnownIds.NONE);
		assertThat(read.errors()).isEmpty();
		assertThat(read.boundaries().keySet()).isEqualTo(codes);
		Map<String, Double> communityArea = new HashMap<>();
		for (Map<String, String> area : bundle.file("areas.csv")) {
			if (area.get("level").equals("COMMUNITY")) {
				communityArea.merge(area.get("parent_code"), area(read.boundaries().get(area.get("code"))),
						Double::sum);
			}
		}
		assertThat(communityArea).isNotEmpty();
		communityArea.forEach((street, sum) -> {
			double streetArea = area(read.boundaries().get(street));
			assertThat(sum).as(street).isCloseTo(streetArea, org.assertj.core.api.Assertions.within(streetArea * 1e-6));
		});
		// and each community's ring lies inside its street's rectangle
		for (Map<String, String> area : bundle.file("areas.csv")) {
			if (area.get("level").equals("COMMUNITY")) {
				double[] box = box(read.boundaries().get(area.get("parent_code")));
				double[] own = box(read.boundaries().get(area.get("code")));
				assertThat(own[0]).isGreaterThanOrEqualTo(box[0] - 1e-6);
				assertThat(own[1]).isGreaterThanOrEqualTo(box[1] - 1e-6);
				assertThat(own[2]).isLessThanOrEqualTo(box[2] + 1e-6);
				assertThat(own[3]).isLessThanOrEqualTo(box[3] + 1e-6);
			}
		}
	}

	private static final tools.jackson.databind.ObjectMapper JSON = new tools.jackson.databind.ObjectMapper();

	private static double area(String polygon) {
		var ring = JSON.readTree(polygon).get("coordinates").get(0);
		double twice = 0;
		for (int i = 0; i + 1 < ring.size(); i++) {
			twice += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
					- ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
		}
		return Math.abs(twice) / 2;
	}

	// {min lon, min lat, max lon, max lat}
	private static double[] box(String polygon) {
		double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (var p : JSON.readTree(polygon).get("coordinates").get(0)) {
			b[0] = Math.min(b[0], p.get(0).asDouble());
			b[1] = Math.min(b[1], p.get(1).asDouble());
			b[2] = Math.max(b[2], p.get(0).asDouble());
			b[3] = Math.max(b[3], p.get(1).asDouble());
		}
		return b;
	}

	@Test
	void sameSeedGivesSameBytesAndAnotherSeedDoes() {
		Map<String, byte[]> again = CityGenerator.inMemoryBundle(DEMO);
		Map<String, byte[]> other = CityGenerator.inMemoryBundle(CityParameters.of(3_000, 43));
		assertThat(again.keySet()).isEqualTo(files.keySet());
		files.forEach((file, bytes) -> assertThat(again.get(file)).as(file).isEqualTo(bytes));
		assertThat(other.get("organizations.csv")).isNotEqualTo(files.get("organizations.csv"));
		assertThat(other.get("members.csv")).isNotEqualTo(files.get("members.csv"));
	}

	@Test
	void filesOnDiskEqualTheInMemoryBundle(@TempDir Path dir) throws IOException {
		Map<String, Long> rows = new CityGenerator().writeBundle(DEMO, dir);
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			assertThat(Files.readAllBytes(dir.resolve(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
			long expected = file.getKey().equals(CityGenerator.AREAS_GEOJSON)
					? JSON.readTree(file.getValue()).get("features").size() : bundle.file(file.getKey()).size();
			assertThat(rows.get(file.getKey())).as(file.getKey()).isEqualTo(expected);
		}
		CityGenerator.zip(dir, dir.resolve("bundle.zip"));
		assertThat(dir.resolve("bundle.zip")).isNotEmptyFile();
	}

	@Test
	void everyFileHasExactlyTheHeaderOfTheLedgerFormat() throws IOException {
		Map<String, List<String>> contract = headersOf(Files.readString(Path.of("docs/ledger-format.md")));
		assertThat(contract).hasSize(10);
		assertThat(bundle.headers()).isEqualTo(contract);
	}

	@Test
	void organizationCountIsExactAndIdsAreUniqueCreditCodes() {
		assertThat(bundle.file("organizations.csv")).hasSize(3_000);
		assertUnique("areas.csv", "code");
		for (String file : List.of("parks.csv", "buildings.csv", "organizations.csv", "party_orgs.csv", "members.csv",
				"officers.csv")) {
			assertUnique(file, "id");
		}
		assertThat(bundle.column("organizations.csv", "id"))
			.allSatisfy(id -> assertThat(CreditCodes.isValid(id)).as(id).isTrue());
		// link files: no pair twice
		assertNoRepeatedRows("party_org_units.csv");
		assertNoRepeatedRows("officer_assignments.csv");
		assertNoRepeatedRows("org_links.csv");
	}

	@Test
	void everyReferenceResolvesInsideTheBundle() {
		Set<String> areas = bundle.ids("areas.csv", "code");
		Set<String> parks = bundle.ids("parks.csv", "id");
		Set<String> buildings = bundle.ids("buildings.csv", "id");
		Set<String> orgs = bundle.ids("organizations.csv", "id");
		Set<String> partyOrgs = bundle.ids("party_orgs.csv", "id");
		Set<String> officers = bundle.ids("officers.csv", "id");
		assertRefs("areas.csv", "parent_code", areas);
		assertRefs("parks.csv", "area_code", areas);
		assertRefs("buildings.csv", "park_id", parks);
		assertRefs("buildings.csv", "area_code", areas);
		assertRefs("organizations.csv", "area_code", areas);
		assertRefs("organizations.csv", "park_id", parks);
		assertRefs("organizations.csv", "building_id", buildings);
		assertRefs("party_orgs.csv", "parent_id", partyOrgs);
		assertRefs("party_orgs.csv", "area_code", areas);
		assertRefs("party_orgs.csv", "park_id", parks);
		assertRefs("party_org_units.csv", "party_org_id", partyOrgs);
		assertRefs("party_org_units.csv", "organization_id", orgs);
		assertRefs("members.csv", "party_org_id", partyOrgs);
		assertRefs("members.csv", "employer_id", orgs);
		assertRefs("officers.csv", "area_code", areas);
		assertRefs("officer_assignments.csv", "officer_id", officers);
		assertRefs("officer_assignments.csv", "organization_id", orgs);
		assertRefs("org_links.csv", "from_id", orgs);
		assertRefs("org_links.csv", "to_id", orgs);
	}

	@Test
	void placesAreConsistent() {
		Map<String, String> level = byId("areas.csv", "code", "level");
		Map<String, String> buildingPark = byId("buildings.csv", "id", "park_id");
		for (Map<String, String> org : bundle.file("organizations.csv")) {
			assertThat(level.get(org.get("area_code"))).isEqualTo("COMMUNITY");
			if (!org.get("building_id").isEmpty()) {
				assertThat(org.get("park_id")).as(org.get("id")).isEqualTo(buildingPark.get(org.get("building_id")));
			}
			if (!org.get("lat").isEmpty()) {
				double lat = Double.parseDouble(org.get("lat"));
				double lon = Double.parseDouble(org.get("lon"));
				assertThat(lat).isBetween(30.9, 31.5);
				assertThat(lon).isBetween(121.2, 121.8);
			}
		}
		assertThat(bundle.column("areas.csv", "level")).contains("CITY", "DISTRICT", "STREET", "COMMUNITY");
		assertThat(bundle.column("organizations.csv", "crs")).contains("WGS84", "GCJ02", "BD09");
		assertThat(bundle.column("organizations.csv", "status")).contains("ACTIVE", "DEREGISTERED");
		assertThat(bundle.column("organizations.csv", "kind")).contains("ENTERPRISE", "SOCIAL_ORGANIZATION",
				"INDIVIDUAL_BUSINESS");
		assertThat(bundle.column("organizations.csv", "verified_on")).contains("");
		assertThat(bundle.column("organizations.csv", "park_id")).contains("");
	}

	@Test
	void industryCodesAreGbt4754Classes() {
		Pattern code = Pattern.compile("([A-T]?)(\\d{2})(\\d{0,2})");
		List<String> codes = bundle.column("organizations.csv", "industry_code");
		assertThat(codes).anyMatch(c -> c.matches("\\d{4}")).anyMatch(c -> c.matches("[A-T]\\d{4}"));
		for (String c : codes) {
			if (c.isEmpty()) {
				continue;
			}
			Matcher m = code.matcher(c);
			assertThat(m.matches()).as(c).isTrue();
			char section = Industries.sectionOf(Integer.parseInt(m.group(2)));
			assertThat(section).as("division of " + c).isNotEqualTo((char) 0);
			if (!m.group(1).isEmpty()) {
				assertThat(m.group(1).charAt(0)).as("section of " + c).isEqualTo(section);
			}
		}
	}

	@Test
	void membersArePseudonymous() {
		List<String> header = bundle.headers().get("members.csv");
		assertThat(header).noneMatch(column -> column.contains("name") || column.contains("姓名")
				|| column.contains("id_number") || column.contains("身份证"));
		assertThat(bundle.column("members.csv", "id")).allMatch(id -> id.matches("M\\d{8}"));
	}

	@Test
	void everyGapSituationOccurs() {
		Map<String, Integer> full = new HashMap<>();
		for (Map<String, String> m : bundle.file("members.csv")) {
			if (m.get("status").equals("FULL") && !m.get("employer_id").isEmpty()) {
				full.merge(m.get("employer_id"), 1, Integer::sum);
			}
		}
		Map<String, Set<String>> coveredBy = new HashMap<>();
		Map<String, Set<String>> covers = new HashMap<>();
		for (Map<String, String> u : bundle.file("party_org_units.csv")) {
			coveredBy.computeIfAbsent(u.get("organization_id"), k -> new HashSet<>()).add(u.get("party_org_id"));
			covers.computeIfAbsent(u.get("party_org_id"), k -> new HashSet<>()).add(u.get("organization_id"));
		}
		Map<String, String> status = byId("organizations.csv", "id", "status");
		Map<String, String> formation = byId("party_orgs.csv", "id", "formation");
		List<String> active = status.entrySet()
			.stream()
			.filter(e -> e.getValue().equals("ACTIVE"))
			.map(Map.Entry::getKey)
			.toList();

		long withoutMembers = active.stream().filter(o -> !full.containsKey(o)).count();
		long jointCandidates = active.stream()
			.filter(o -> between(full.get(o), 1, 2) && !coveredBy.containsKey(o))
			.count();
		long shouldBuild = active.stream()
			.filter(o -> between(full.get(o), 3, 100_000) && !coveredBy.containsKey(o))
			.count();
		long graduation = active.stream()
			.filter(o -> between(full.get(o), 3, 100_000) && coveredBy.containsKey(o)
					&& coveredBy.get(o).stream().noneMatch(p -> formation.get(p).equals("STANDALONE")))
			.count();
		long large = full.values().stream().filter(n -> n > 50).count();
		long tooWide = covers.entrySet()
			.stream()
			.filter(e -> formation.get(e.getKey()).equals("JOINT"))
			.filter(e -> e.getValue().stream().filter(o -> status.get(o).equals("ACTIVE")).count() > 5)
			.count();
		long coversDeregistered = covers.values()
			.stream()
			.filter(os -> os.stream().anyMatch(o -> status.get(o).equals("DEREGISTERED")))
			.count();
		Map<String, Long> perOfficer = bundle.file("officer_assignments.csv")
			.stream()
			.filter(a -> status.get(a.get("organization_id")).equals("ACTIVE"))
			.collect(Collectors.groupingBy(a -> a.get("officer_id"), Collectors.counting()));
		long pocket = bundle.column("members.csv", "party_org_id").stream().filter(String::isEmpty).count();
		long heldElsewhere = bundle.file("members.csv")
			.stream()
			.filter(m -> !m.get("party_org_id").isEmpty() && !m.get("employer_id").isEmpty())
			.filter(m -> !covers.getOrDefault(m.get("party_org_id"), Set.of()).contains(m.get("employer_id")))
			.count();

		assertThat(withoutMembers).as("organizations without members").isGreaterThan(active.size() / 3);
		assertThat(jointCandidates).as("1–2 full members, not covered").isPositive();
		assertThat(shouldBuild).as("≥ 3 full members, not covered").isPositive();
		assertThat(graduation).as("≥ 3 full members, covered by no standalone").isPositive();
		assertThat(large).as("organizations with more than 50 full members").isPositive();
		assertThat(tooWide).as("joint party organizations covering more than 5").isPositive();
		assertThat(coversDeregistered).as("party organizations covering deregistered units").isPositive();
		assertThat(perOfficer.values()).as("assignments per officer").anyMatch(n -> n > 10);
		assertThat(pocket).as("members registered nowhere").isPositive();
		assertThat(heldElsewhere).as("members registered in a party organization not covering their employer")
			.isPositive();
		assertThat(bundle.column("party_orgs.csv", "formation")).contains("AREA", "STANDALONE", "JOINT", "AFFILIATED");
		assertThat(bundle.column("party_orgs.csv", "level")).contains("COMMITTEE", "GENERAL_BRANCH", "BRANCH");
		assertThat(bundle.column("org_links.csv", "kind")).contains("SUPPLIES", "INVESTS_IN", "SUBSIDIARY_OF",
				"COOPERATES");
	}

	@Test
	void theWuqingColumnsAreValidAndPlausible() {
		// valid: the parser takes every new cell (and everything else) without an error
		var parsed = new cn.liangxin.graph.ledger.LedgerParser().parse(files, null);
		assertThat(parsed.errors()).isEmpty();
		List<Map<String, String>> orgs = bundle.file("organizations.csv");
		long owners = orgs.stream().filter(o -> o.get("owner_is_member").equals("true")).count();
		assertThat(owners * 100.0 / orgs.size()).as("owner members, per cent").isBetween(1.0, 8.0);
		Set<String> covered = bundle.ids("party_org_units.csv", "organization_id");
		List<String> reasons = orgs.stream()
			.filter(o -> !covered.contains(o.get("id")))
			.map(o -> o.get("no_party_org_reason"))
			.filter(r -> !r.isEmpty())
			.toList();
		// every reason occurs; the member count (none, fewer than 3) is the most common,
		// as district reports have it
		assertThat(Set.copyOf(reasons)).containsExactlyInAnyOrder("NO_MEMBERS", "TOO_FEW_MEMBERS", "OWNER_UNSUPPORTIVE",
				"FOREIGN_INVESTED", "NOT_GUIDED", "BEING_BUILT", "OTHER");
		assertThat(reasons.stream().filter(r -> r.equals("NO_MEMBERS") || r.equals("TOO_FEW_MEMBERS")).count() * 2)
			.isGreaterThan(reasons.size());
		assertThat(orgs).filteredOn(o -> covered.contains(o.get("id")))
			.allMatch(o -> o.get("no_party_org_reason").isEmpty());
		assertThat(bundle.column("organizations.csv", "ownership")).contains("PRIVATE", "FOREIGN", "HK_MACAO_TAIWAN",
				"COLLECTIVE", "OTHER");
		// terms spread over three years around the as-of date, some already ended
		List<String> terms = bundle.column("party_orgs.csv", "term_ends_on")
			.stream()
			.filter(t -> !t.isEmpty())
			.toList();
		assertThat(terms.stream().map(t -> t.substring(0, 4)).distinct().count()).isGreaterThanOrEqualTo(3);
		assertThat(terms).anyMatch(t -> t.compareTo(DEMO.asOf().toString()) < 0);
		assertThat(bundle.column("party_orgs.csv", "has_secretary")).contains("true", "false");
		assertThat(bundle.column("party_orgs.csv", "rating")).contains("ADVANCED", "GOOD", "AVERAGE", "WEAK");
		// the pipeline: every stage, fewer prospects than members, applicants the most of
		// them
		Map<String, Long> stages = new HashMap<>();
		bundle.column("members.csv", "status").forEach(s -> stages.merge(s, 1L, Long::sum));
		assertThat(stages).containsKeys("FULL", "PROBATIONARY", "APPLICANT", "ACTIVIST", "CANDIDATE");
		assertThat(stages.get("APPLICANT")).isGreaterThan(stages.get("ACTIVIST"))
			.isGreaterThan(stages.get("CANDIDATE"));
		assertThat(stages.get("APPLICANT") + stages.get("ACTIVIST") + stages.get("CANDIDATE"))
			.isLessThan(stages.get("FULL"));
		// probation ends a year after joining, and some of it is overdue
		assertThat(bundle.file("members.csv")).filteredOn(m -> m.get("status").equals("PROBATIONARY"))
			.allMatch(m -> java.time.LocalDate.parse(m.get("joined_on"))
				.plusYears(1)
				.toString()
				.equals(m.get("probation_ends_on")))
			.anyMatch(m -> m.get("probation_ends_on").compareTo(DEMO.asOf().minusDays(30).toString()) < 0);
	}

	/**
	 * The 五清 columns in the shares district reports show (ranges wide enough for any
	 * seed, narrow enough that a generator drawing them uniformly, or never, fails):
	 * planned dates, terms due, secretaries, ratings, the pipeline, probation, ages,
	 * mobility; and every situation of the new gap kinds occurs, so the explorer shows
	 * them at once.
	 */
	@Test
	void theWuqingSharesArePlausible() {
		java.time.LocalDate asOf = DEMO.asOf();
		List<Map<String, String>> orgs = bundle.file("organizations.csv");
		Set<String> covered = bundle.ids("party_org_units.csv", "organization_id");
		List<Map<String, String>> uncovered = orgs.stream()
			.filter(o -> o.get("status").equals("ACTIVE") && !covered.contains(o.get("id")))
			.toList();
		// reasons: the member count first, every other reason a few per cent, a few left
		// blank
		Map<String, Long> reasons = uncovered.stream()
			.collect(Collectors.groupingBy(o -> o.get("no_party_org_reason"), Collectors.counting()));
		assertThat(share(reasons.getOrDefault("NO_MEMBERS", 0L), uncovered.size())).as("NO_MEMBERS")
			.isBetween(0.3, 0.8);
		for (String reason : List.of("TOO_FEW_MEMBERS", "OWNER_UNSUPPORTIVE", "FOREIGN_INVESTED", "NOT_GUIDED",
				"BEING_BUILT", "OTHER")) {
			assertThat(share(reasons.getOrDefault(reason, 0L), uncovered.size())).as(reason).isBetween(0.005, 0.2);
		}
		assertThat(share(reasons.getOrDefault("", 0L), uncovered.size())).as("no reason given").isBetween(0.02, 0.25);
		// planned founding dates for some of the uncovered, a part of them overdue
		long planned = uncovered.stream().filter(o -> !o.get("planned_on").isEmpty()).count();
		long overdue = uncovered.stream()
			.filter(o -> !o.get("planned_on").isEmpty() && o.get("planned_on").compareTo(asOf.toString()) < 0)
			.count();
		assertThat(share(planned, uncovered.size())).as("planned").isBetween(0.03, 0.3);
		assertThat(share(overdue, planned)).as("plans overdue").isBetween(0.1, 0.7);
		// terms: over at least three calendar years, a minority due within 90 days or
		// ended
		List<Map<String, String>> partyOrgs = bundle.file("party_orgs.csv");
		List<String> terms = partyOrgs.stream().map(p -> p.get("term_ends_on")).filter(t -> !t.isEmpty()).toList();
		assertThat(share(terms.size(), partyOrgs.size())).as("terms recorded").isBetween(0.7, 0.98);
		assertThat(
				share(terms.stream().filter(t -> t.compareTo(asOf.plusDays(90).toString()) <= 0).count(), terms.size()))
			.as("terms due within 90 days or ended")
			.isBetween(0.05, 0.4);
		assertThat(terms.stream().map(t -> t.substring(0, 4)).distinct().count()).isBetween(3L, 5L);
		// secretaries: nearly everywhere, most trained; ratings: a few weak, more
		// advanced
		assertThat(
				share(partyOrgs.stream().filter(p -> p.get("has_secretary").equals("false")).count(), partyOrgs.size()))
			.as("no secretary")
			.isBetween(0.01, 0.12);
		List<Map<String, String>> withSecretary = partyOrgs.stream()
			.filter(p -> p.get("has_secretary").equals("true"))
			.toList();
		assertThat(share(withSecretary.stream().filter(p -> p.get("secretary_trained").equals("false")).count(),
				withSecretary.size()))
			.as("secretary not trained")
			.isBetween(0.05, 0.35);
		List<String> ratings = partyOrgs.stream().map(p -> p.get("rating")).filter(r -> !r.isEmpty()).toList();
		assertThat(share(ratings.stream().filter("WEAK"::equals).count(), ratings.size())).as("WEAK")
			.isBetween(0.02, 0.12);
		assertThat(share(ratings.stream().filter("ADVANCED"::equals).count(), ratings.size())).as("ADVANCED")
			.isBetween(0.08, 0.35);
		// members: a few per cent probationary, some of whom are overdue; the pipeline a
		// fifth of the members
		List<Map<String, String>> people = bundle.file("members.csv");
		List<Map<String, String>> members = people.stream()
			.filter(m -> m.get("status").equals("FULL") || m.get("status").equals("PROBATIONARY"))
			.toList();
		List<Map<String, String>> probationary = members.stream()
			.filter(m -> m.get("status").equals("PROBATIONARY"))
			.toList();
		assertThat(share(probationary.size(), members.size())).as("probationary").isBetween(0.02, 0.1);
		assertThat(share(probationary.stream()
			.filter(m -> m.get("probation_ends_on").compareTo(asOf.minusDays(30).toString()) < 0)
			.count(), probationary.size())).as("probation overdue").isBetween(0.01, 0.3);
		assertThat(share(people.size() - members.size(), members.size())).as("prospects per member")
			.isBetween(0.05, 0.4);
		// ages: about a quarter 35 or younger, a few past 60; nobody joined before 18
		List<Integer> ages = members.stream()
			.filter(m -> !m.get("birth_year").isEmpty())
			.map(m -> asOf.getYear() - Integer.parseInt(m.get("birth_year")))
			.toList();
		assertThat(share(ages.stream().filter(a -> a <= 35).count(), ages.size())).as("35 or younger")
			.isBetween(0.15, 0.45);
		assertThat(share(ages.stream().filter(a -> a > 60).count(), ages.size())).as("over 60").isBetween(0.01, 0.08);
		assertThat(people).filteredOn(m -> !m.get("joined_on").isEmpty() && !m.get("birth_year").isEmpty())
			.allMatch(m -> Integer.parseInt(m.get("joined_on").substring(0, 4))
					- Integer.parseInt(m.get("birth_year")) >= 18);
		List<String> mobile = members.stream().map(m -> m.get("mobile")).filter(v -> !v.isEmpty()).toList();
		assertThat(share(mobile.stream().filter("true"::equals).count(), mobile.size())).as("流动党员")
			.isBetween(0.03, 0.15);
		// OWNER_MEMBER_UNBUILT and SOON_SHOULD_BUILD situations
		Map<String, Long> full = people.stream()
			.filter(m -> m.get("status").equals("FULL"))
			.collect(Collectors.groupingBy(m -> m.get("employer_id"), Collectors.counting()));
		Map<String, Long> comingUp = people.stream()
			.filter(m -> m.get("status").equals("PROBATIONARY") || m.get("status").equals("CANDIDATE"))
			.collect(Collectors.groupingBy(m -> m.get("employer_id"), Collectors.counting()));
		assertThat(uncovered).as("owner is a member, no branch").anyMatch(o -> o.get("owner_is_member").equals("true"));
		assertThat(uncovered).as("next quarter's SHOULD_BUILD")
			.anyMatch(o -> full.getOrDefault(o.get("id"), 0L) < 3
					&& full.getOrDefault(o.get("id"), 0L) + comingUp.getOrDefault(o.get("id"), 0L) >= 3);
	}

	private static double share(long part, long whole) {
		return (double) part / whole;
	}

	@Test
	void aMillionOrganizationsMakeSixteenDistricts() {
		CityParameters city = CityParameters.of(1_000_000, 1);
		assertThat(city.districts()).isEqualTo(16);
		assertThat(city.organizations() / city.districts()).isBetween(50_000, 70_000);
		CityParameters demo = CityParameters.of(3_000, 1);
		assertThat(demo.districts()).isEqualTo(1);
		assertThat(demo.streetsPerDistrict()).isBetween(3, 6);
	}

	@Test
	void csvQuotingFollowsRfc4180() {
		assertThat(CsvWriter.needsQuotes("上海,有限公司")).isTrue();
		assertThat(CsvWriter.needsQuotes("上海\"星光\"")).isTrue();
		assertThat(CsvWriter.needsQuotes("上海星光")).isFalse();
		var out = new java.io.StringWriter();
		try (CsvWriter csv = new CsvWriter(out, "a,b")) {
			csv.cell("x,\"y\"").coordinate(-121.5000004).end();
		}
		assertThat(Bundle.parse(out.toString())).containsExactly(List.of("a", "b"), List.of("x,\"y\"", "-121.500000"));
	}

	private static boolean between(Integer n, int from, int to) {
		return n != null && n >= from && n <= to;
	}

	private static Map<String, String> byId(String file, String id, String column) {
		Map<String, String> map = new HashMap<>();
		bundle.file(file).forEach(r -> map.put(r.get(id), r.get(column)));
		return map;
	}

	private static void assertUnique(String file, String column) {
		List<String> ids = bundle.column(file, column);
		assertThat(new HashSet<>(ids)).as(file + " " + column).hasSameSizeAs(ids);
	}

	private static void assertNoRepeatedRows(String file) {
		List<String> pairs = bundle.file(file)
			.stream()
			.map(r -> new ArrayList<>(r.values()).subList(0, 2).toString())
			.toList();
		assertThat(new HashSet<>(pairs)).as(file).hasSameSizeAs(pairs);
	}

	private static void assertRefs(String file, String column, Set<String> targets) {
		for (String value : bundle.column(file, column)) {
			if (!value.isEmpty()) {
				assertThat(targets).as(file + " " + column).contains(value);
			}
		}
	}

	/**
	 * The contract: for each "## x.csv" section, the English column names of its table.
	 */
	static Map<String, List<String>> headersOf(String markdown) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		String current = null;
		for (String line : markdown.split("\n")) {
			Matcher section = Pattern.compile("^## (\\w+\\.csv)").matcher(line);
			if (section.find()) {
				current = section.group(1);
				headers.put(current, new ArrayList<>());
			}
			else if (line.startsWith("## ")) {
				current = null;
			}
			else if (current != null && line.startsWith("| ") && !line.startsWith("| column")
					&& !line.startsWith("|---")) {
				String first = line.split("\\|")[1].replaceAll("\\[[^\\]]*\\]", "");
				for (String name : first.split(",")) {
					headers.get(current).add(name.trim());
				}
			}
		}
		return headers;
	}

}
