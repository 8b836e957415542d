package cn.liangxin.graph.network;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The read model's records: what a reader sees of each node, ids of its neighbours
 * included.
 */
public final class Views {

	private Views() {
	}

	/** A WGS-84 location. */
	public record LatLon(double lat, double lon) {
	}

	/** An administrative area. */
	public record AreaView(String code, String name, String level, @Nullable String parentCode) {
	}

	/** A park. */
	public record ParkView(String id, String name, @Nullable LatLon location, @Nullable String areaCode) {
	}

	/** A building. */
	public record BuildingView(String id, String name, @Nullable LatLon location, @Nullable String parkId,
			@Nullable String areaCode) {
	}

	/**
	 * An organization; {@code parkId} is its park directly or through its building;
	 * {@code revenue} in 万元; {@code noPartyOrgReason} and {@code ownership} are enum
	 * names of the ledger format.
	 */
	public record OrganizationView(String id, String name, String kind, String status, @Nullable String industryCode,
			@Nullable Integer employees, @Nullable Boolean aboveScale, @Nullable LocalDate verifiedOn,
			@Nullable LatLon location, @Nullable String areaCode, @Nullable String parkId, @Nullable String buildingId,
			@Nullable String noPartyOrgReason, @Nullable LocalDate plannedOn, @Nullable Boolean ownerIsMember,
			@Nullable Double revenue, @Nullable String ownership) {
	}

	/** A party organization; {@code rating} is the 分类定级 enum name. */
	public record PartyOrganizationView(String id, String name, String level, String formation, @Nullable Integer stars,
			@Nullable LocalDate foundedOn, @Nullable String parentId, @Nullable String areaCode,
			@Nullable String parkId, @Nullable LocalDate termEndsOn, @Nullable Boolean hasSecretary,
			@Nullable Boolean secretaryTrained, @Nullable String rating) {
	}

	/** A guidance officer (staff, named: officers are not members). */
	public record OfficerView(String id, String name, @Nullable String areaCode) {
	}

	/** Member counts: FULL ones and FULL + PROBATIONARY. */
	public record MemberCounts(int fullMembers, int members) {

		public static final MemberCounts NONE = new MemberCounts(0, 0);

	}

}
