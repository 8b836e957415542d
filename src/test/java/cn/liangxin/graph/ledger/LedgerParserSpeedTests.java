package cn.liangxin.graph.ledger;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// Prints the parse speed on a generated 100k-organization, 300k-member bundle; asserts only correctness,
// since timing on a shared two-core machine is not a reliable test.
class LedgerParserSpeedTests {

	@Test
	void largeBundle() {
		int orgCount = 100_000;
		int memberCount = 300_000;
		StringBuilder areas = new StringBuilder("code,name,level,parent_code\nD,District,DISTRICT,\n");
		for (int i = 0; i < 100; i++) {
			areas.append("C").append(i).append(",社区").append(i).append(",COMMUNITY,D\n");
		}
		StringBuilder orgs = new StringBuilder("id,name,kind,industry_code,employees,above_scale,area_code,park_id,"
				+ "building_id,lat,lon,crs,status,verified_on\n");
		for (int i = 0; i < orgCount; i++) {
			orgs.append("9131000000").append(String.format("%07d", i)).append("X,\"上海第").append(i)
				.append("号科技有限公司\",ENTERPRISE,I6513,").append(i % 500).append(",false,C").append(i % 100)
				.append(",,,31.").append(200000 + i % 9999).append(",121.").append(400000 + i % 9999)
				.append((i % 3 == 0) ? ",GCJ02" : ",WGS84").append(",ACTIVE,2026-09-10\n");
		}
		StringBuilder members = new StringBuilder("id,status,party_org_id,employer_id,birth_year,education,mobile\n");
		for (int i = 0; i < memberCount; i++) {
			members.append("M").append(i).append((i % 5 == 0) ? ",PROBATIONARY," : ",FULL,").append(",9131000000")
				.append(String.format("%07d", i % orgCount)).append("X,").append(1960 + i % 40)
				.append(",BACHELOR,false\n");
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("areas.csv", areas.toString().getBytes(StandardCharsets.UTF_8));
		files.put("organizations.csv", orgs.toString().getBytes(StandardCharsets.UTF_8));
		files.put("members.csv", members.toString().getBytes(StandardCharsets.UTF_8));
		LedgerParser parser = new LedgerParser();
		ParseResult result = null;
		long best = Long.MAX_VALUE;
		for (int run = 0; run < 4; run++) {
			long start = System.nanoTime();
			result = parser.parse(files, KnownIds.NONE);
			best = Math.min(best, System.nanoTime() - start);
		}
		assertThat(result.errors()).isEmpty();
		int rows = result.bundle().totalRows();
		assertThat(rows).isEqualTo(101 + orgCount + memberCount);
		System.out.printf("LedgerParser: %,d rows (%,d MB) in %d ms = %,d rows/s (best of 4 runs)%n", rows,
				(orgs.length() + members.length()) >> 20, best / 1_000_000, (long) (rows / (best / 1e9)));
	}
}
