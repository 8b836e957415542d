package cn.liangxin.graph.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liangxin.graph.domain.MemberStatus;
import cn.liangxin.graph.domain.NoPartyOrgReason;
import cn.liangxin.graph.domain.Ownership;
import cn.liangxin.graph.domain.PartyOrgRating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The 五清 columns of organizations.csv, party_orgs.csv and members.csv: values, spellings,
 * errors.
 */
class WuqingColumnsTests {

	private final LedgerParser parser = new LedgerParser(
			Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));

	private static final String AREAS = "code,name,level,parent_code\nA1,Community,COMMUNITY,\n";

	@Test
	void chineseHeadersAndValuesReadAsTheEnglishOnes() {
		ParseResult result = parse(Map.of("areas.csv", AREAS, "organizations.csv",
				"统一社会信用代码,单位名称,单位类型,所在区划,未建党组织原因,计划组建日期,出资人是否党员,营业收入（万元）,经济类型\n"
						+ "O1,甲,ENTERPRISE,A1,党员不足3人,2026-12-31,是,1250.5,港澳台\n" + "O2,乙,ENTERPRISE,A1,,,,,\n",
				"party_orgs.csv",
				"党组织编号,党组织名称,组织层级,组建方式,星级,换届日期,是否配备书记,书记是否培训,分类定级\n"
						+ "D1,甲支部,BRANCH,STANDALONE,1,2027-03-01,否,,软弱涣散\n",
				"members.csv", "党员编号,党员类别,所在党组织,工作单位,入党日期,预备期满日期\n"
						+ "M1,发展对象,D1,O1,,\nM2,预备党员,D1,O1,2025-10-01,2026-10-01\nM3,积极分子,,O1,,\nM4,入党申请人,,O2,,\n"));
		assertThat(result.errors()).isEmpty();
		OrganizationRow o1 = result.bundle().organizations().get(0);
		assertThat(o1.noPartyOrgReason()).isEqualTo(NoPartyOrgReason.TOO_FEW_MEMBERS);
		assertThat(o1.plannedOn()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(o1.ownerIsMember()).isTrue();
		assertThat(o1.revenue()).isEqualTo(1250.5);
		assertThat(o1.ownership()).isEqualTo(Ownership.HK_MACAO_TAIWAN);
		OrganizationRow o2 = result.bundle().organizations().get(1);
		assertThat(o2)
			.extracting(OrganizationRow::noPartyOrgReason, OrganizationRow::plannedOn, OrganizationRow::ownerIsMember,
					OrganizationRow::revenue, OrganizationRow::ownership)
			.containsOnlyNulls();
		PartyOrgRow d1 = result.bundle().partyOrgs().get(0);
		assertThat(d1)
			.extracting(PartyOrgRow::termEndsOn, PartyOrgRow::hasSecretary, PartyOrgRow::secretaryTrained,
					PartyOrgRow::rating)
			.containsExactly(LocalDate.of(2027, 3, 1), false, null, PartyOrgRating.WEAK);
		assertThat(result.bundle().members()).extracting(MemberRow::status)
			.containsExactly(MemberStatus.CANDIDATE, MemberStatus.PROBATIONARY, MemberStatus.ACTIVIST,
					MemberStatus.APPLICANT);
		assertThat(result.bundle().members()).extracting(m -> m.status().isMember())
			.containsExactly(false, true, false, false);
		assertThat(result.bundle().members().get(1).probationEndsOn()).isEqualTo(LocalDate.of(2026, 10, 1));
	}

	@Test
	void badValuesInEveryNewColumnNameFileLineColumnAndTheAllowedValues() {
		ParseResult result = parse(Map.of("areas.csv", AREAS, "organizations.csv",
				"id,name,kind,area_code,no_party_org_reason,planned_on,owner_is_member,revenue,ownership\n"
						+ "O1,甲,ENTERPRISE,A1,LAZY,2026-13-01,maybe,-5,STATE\n",
				"party_orgs.csv",
				"id,name,level,formation,term_ends_on,has_secretary,secretary_trained,rating\n"
						+ "D1,甲支部,BRANCH,STANDALONE,31/12/2026,sometimes,2,BAD\n",
				"members.csv", "id,status,joined_on,probation_ends_on\nM1,MASSES,2020-02-30,soon\n"));
		// (messages are Chinese by default: each names the column and the value, and an
		// enum its allowed values)
		assertThat(result.errors()).extracting(LedgerError::file, LedgerError::line, LedgerError::column)
			.containsExactly(tuple("organizations.csv", 2, "no_party_org_reason"),
					tuple("organizations.csv", 2, "planned_on"), tuple("organizations.csv", 2, "owner_is_member"),
					tuple("organizations.csv", 2, "revenue"), tuple("organizations.csv", 2, "ownership"),
					tuple("party_orgs.csv", 2, "term_ends_on"), tuple("party_orgs.csv", 2, "has_secretary"),
					tuple("party_orgs.csv", 2, "secretary_trained"), tuple("party_orgs.csv", 2, "rating"),
					tuple("members.csv", 2, "status"), tuple("members.csv", 2, "joined_on"),
					tuple("members.csv", 2, "probation_ends_on"));
		List<String> values = List.of("LAZY", "2026-13-01", "maybe", "-5", "STATE", "31/12/2026", "sometimes", "2",
				"BAD", "MASSES", "2020-02-30", "soon");
		for (int i = 0; i < values.size(); i++) {
			LedgerError e = result.errors().get(i);
			assertThat(e.message()).as(e.column())
				.startsWith(e.column() + "：“" + values.get(i) + "”不是")
				.doesNotContainPattern("[a-z]{3,} [a-z]{3,}");
		}
		assertThat(result.errors().get(0).message()).contains("NO_MEMBERS (无党员)", "BEING_BUILT (正在组建)", "OTHER (其他)");
		assertThat(result.errors().get(4).message()).contains("PRIVATE (私营)", "HK_MACAO_TAIWAN (港澳台)");
		assertThat(result.errors().get(8).message()).contains("ADVANCED (先进)", "WEAK (后进/软弱涣散)");
		assertThat(result.errors().get(9).message()).contains("APPLICANT (入党申请人)", "ACTIVIST (入党积极分子)",
				"CANDIDATE (发展对象)");
	}

	@Test
	void errorsNameTheColumnAsWrittenInChinese() {
		ParseResult result = parse(Map.of("areas.csv", AREAS, "organizations.csv",
				"统一社会信用代码,单位名称,单位类型,所在区划,经济类型\nO1,甲,ENTERPRISE,A1,国有\n"));
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.column()).isEqualTo("经济类型");
			assertThat(e.message()).startsWith("经济类型：“国有”不是以下之一：PRIVATE (私营)");
		});
	}

	private ParseResult parse(Map<String, String> files) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return this.parser.parse(bytes, KnownIds.NONE);
	}

}
