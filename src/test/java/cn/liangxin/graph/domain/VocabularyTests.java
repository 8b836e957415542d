package cn.liangxin.graph.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VocabularyTests {

	@ParameterizedTest
	@CsvSource({ "PROVINCE,PROVINCE", "省,PROVINCE", "市,CITY", "区,DISTRICT", "县,DISTRICT", "' district ',DISTRICT",
			"街道,STREET", "乡镇,STREET", "乡,STREET", "镇,STREET", "社区,COMMUNITY", "村,COMMUNITY", "community,COMMUNITY" })
	void areaLevels(String text, AreaLevel expected) {
		assertThat(AreaLevel.find(text)).contains(expected);
	}

	@Test
	void everyAliasOfTheFormatIsAccepted() {
		assertThat(OrganizationKind.find("非公企业")).contains(OrganizationKind.ENTERPRISE);
		assertThat(OrganizationKind.find("社会组织")).contains(OrganizationKind.SOCIAL_ORGANIZATION);
		assertThat(OrganizationKind.find("个体工商户")).contains(OrganizationKind.INDIVIDUAL_BUSINESS);
		assertThat(OrganizationStatus.find("存续")).contains(OrganizationStatus.ACTIVE);
		assertThat(OrganizationStatus.find("注销")).contains(OrganizationStatus.DEREGISTERED);
		assertThat(PartyOrgLevel.find("党委")).contains(PartyOrgLevel.COMMITTEE);
		assertThat(PartyOrgLevel.find("党总支")).contains(PartyOrgLevel.GENERAL_BRANCH);
		assertThat(PartyOrgLevel.find("党支部")).contains(PartyOrgLevel.BRANCH);
		assertThat(Formation.find("单独组建")).contains(Formation.STANDALONE);
		assertThat(Formation.find("联合组建")).contains(Formation.JOINT);
		assertThat(Formation.find("挂靠组建")).contains(Formation.AFFILIATED);
		assertThat(Formation.find("区域/行业统筹")).contains(Formation.AREA);
		assertThat(Formation.find("区域统筹")).contains(Formation.AREA);
		assertThat(Formation.find("行业统筹")).contains(Formation.AREA);
		assertThat(MemberStatus.find("正式党员")).contains(MemberStatus.FULL);
		assertThat(MemberStatus.find("正式")).contains(MemberStatus.FULL);
		assertThat(MemberStatus.find("预备党员")).contains(MemberStatus.PROBATIONARY);
		assertThat(MemberStatus.find(" 预备 ")).contains(MemberStatus.PROBATIONARY);
		assertThat(Education.find("大专以下")).contains(Education.BELOW_COLLEGE);
		assertThat(Education.find("below_college")).contains(Education.BELOW_COLLEGE);
		assertThat(Education.find("大专")).contains(Education.COLLEGE);
		assertThat(Education.find("本科")).contains(Education.BACHELOR);
		assertThat(Education.find("研究生")).contains(Education.POSTGRADUATE);
		assertThat(TieKind.find("供应")).contains(TieKind.SUPPLIES);
		assertThat(TieKind.find("投资")).contains(TieKind.INVESTS_IN);
		assertThat(TieKind.find("子公司")).contains(TieKind.SUBSIDIARY_OF);
		assertThat(TieKind.find("合作")).contains(TieKind.COOPERATES);
		assertThat(Crs.find("gcj02")).contains(Crs.GCJ02);
		assertThat(Crs.find("BD-09")).contains(Crs.BD09);
	}

	@Test
	void unknownTextIsEmptyOrAnErrorListingTheAllowedValues() {
		assertThat(AreaLevel.find("州")).isEmpty();
		assertThat(AreaLevel.find(null)).isEmpty();
		assertThat(TieKind.find("SUPPLY")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> MemberStatus.parse("党员"))
			.withMessage("\"党员\" is not one of FULL (正式党员), PROBATIONARY (预备党员), APPLICANT (入党申请人), "
					+ "ACTIVIST (入党积极分子), CANDIDATE (发展对象)");
	}

}
