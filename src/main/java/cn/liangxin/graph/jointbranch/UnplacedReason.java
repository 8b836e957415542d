package cn.liangxin.graph.jointbranch;

/** Why an eligible unit is in no group of the plan. */
public enum UnplacedReason {

	/** It alone has more members than a group may have. */
	TOO_MANY_MEMBERS,
	/** No other unit is both near and industry-compatible. */
	NO_NEAR_UNIT,
	/**
	 * Compatible units exist, but no valid group (full members, units, members caps)
	 * contains it.
	 */
	NEAR_UNITS_LACK_MEMBERS,
	/** Valid groups with it exist, but the plan needs their other units elsewhere. */
	LEFT_OVER;

	/**
	 * The sentence for {@code unit}, {@code 中文 / English}, naming where its partners
	 * would have to be (its 楼宇, 园区 or 社区, or the distance) and, when industries must
	 * match, its GB/T 4754 section or division by name; places without a name in
	 * {@code names} are cited by id.
	 */
	String text(JointBranchParameters p, Unit unit, PlaceNames names) {
		String[] where = where(p, unit, names);
		String[] industry = industry(p, unit);
		return switch (this) {
			case TOO_MANY_MEMBERS ->
				"本单位党员已超过 " + p.maxMembers() + " 人上限 / has more than " + p.maxMembers() + " members on its own";
			case NO_NEAR_UNIT ->
				where[0] + "没有" + industry[0] + "可联合单位 / no compatible unit" + industry[1] + " " + where[1];
			case NEAR_UNITS_LACK_MEMBERS -> where[0] + industry[0] + "可联合单位合计正式党员不足 " + p.minFullMembers()
					+ " 人(或超出单位数、党员数上限) / the compatible units" + industry[1] + " " + where[1] + " together lack "
					+ p.minFullMembers() + " full members within " + p.maxUnits() + " units and " + p.maxMembers()
					+ " members";
			case LEFT_OVER -> where[0] + industry[0] + "可联合单位已编入其他联合党支部 / its possible partners" + industry[1] + " "
					+ where[1] + " are placed in other groups";
		};
	}

	/**
	 * {zh, en}: where partners must be under the rules' proximity, e.g. {@code 同一楼宇
	 * 华恒1号楼（B1）内或 1000 米内} / {@code in building 华恒1号楼 (B1) or within 1000 m}.
	 */
	private static String[] where(JointBranchParameters p, Unit unit, PlaceNames names) {
		long m = Math.round(p.maxDistanceMeters());
		return switch (p.proximity()) {
			case SAME_BUILDING -> unit.buildingId() == null ? new String[] { "不在登记的楼宇内，", "(it is in no building)" }
					: new String[] { "同一楼宇 " + PlaceNames.zh(names.buildings(), unit.buildingId()) + " 内",
							"in building " + PlaceNames.en(names.buildings(), unit.buildingId()) };
			case SAME_PARK -> unit.parkId() == null ? new String[] { "不在登记的园区内，", "(it is in no park)" }
					: new String[] { "同一园区 " + PlaceNames.zh(names.parks(), unit.parkId()) + " 内",
							"in park " + PlaceNames.en(names.parks(), unit.parkId()) };
			case SAME_COMMUNITY -> unit.communityCode() == null ? new String[] { "没有登记社区，", "(it has no community)" }
					: new String[] { "同一社区 " + PlaceNames.zh(names.areas(), unit.communityCode()) + " 内",
							"in community " + PlaceNames.en(names.areas(), unit.communityCode()) };
			case WITHIN_DISTANCE -> {
				String zhNear = unit.located() ? m + " 米内" : null;
				String enNear = unit.located() ? "within " + m + " m" : null;
				if (unit.buildingId() == null) {
					yield zhNear == null ? new String[] { "没有定位也不在登记的楼宇内，", "(it has no location and no building)" }
							: new String[] { zhNear, enNear };
				}
				String zhB = "同一楼宇 " + PlaceNames.zh(names.buildings(), unit.buildingId()) + " 内";
				String enB = "in building " + PlaceNames.en(names.buildings(), unit.buildingId());
				yield zhNear == null ? new String[] { zhB, enB }
						: new String[] { zhB + "或 " + zhNear, enB + " or " + enNear };
			}
		};
	}

	/**
	 * {zh, en}: the industry partners must share, e.g. {@code 同属 I 门类（…）的}; empty under
	 * ANY.
	 */
	private static String[] industry(JointBranchParameters p, Unit unit) {
		String tie = p.useTies() ? "或有关联的" : "";
		String tieEn = p.useTies() ? " or tied to it" : "";
		return switch (p.industryMatch()) {
			case ANY -> new String[] { "", "" };
			case SECTION -> unit.industrySection() == null
					? new String[] { "（本单位无行业代码）" + tie, " (it has no industry code)" + tieEn }
					: new String[] { "同属 " + Reason.sectionZh(unit.industrySection()) + "的" + tie,
							" of the same " + Reason.sectionEn(unit.industrySection()) + tieEn };
			case DIVISION -> unit.industryDivision() == null
					? new String[] { "（本单位无行业代码）" + tie, " (it has no industry code)" + tieEn }
					: new String[] { "同属 " + Reason.divisionZh(unit.industryDivision()) + "的" + tie,
							" of the same " + Reason.divisionEn(unit.industryDivision()) + tieEn };
		};
	}

}
