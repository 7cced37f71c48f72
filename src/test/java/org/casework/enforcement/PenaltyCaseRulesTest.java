package org.casework.enforcement;

import org.casework.testsupport.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.RuleViolation;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Every rule of a penalty case, refused with its Chinese message, on the screens and in the import alike. */
@SpringBootTest
@ActiveProfiles("test")
class PenaltyCaseRulesTest {

    @Autowired PenaltyCaseService cases;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;

    long jd1;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "officer");
        jd1 = orgs.requireByCode(CaseRow.JD1).id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aValidGeneralCaseIsSaved() {
        PenaltyCaseDetail saved = cases.create(CaseRow.fine().toForm(jd1));
        assertThat(saved.id()).isNotNull();
        assertThat(saved.status()).isEqualTo(PenaltyCaseStatus.DECIDED);
    }

    @Test
    void simpleProcedureFineOnAPersonIsAtMost200Yuan() {
        assertThat(cases.create(CaseRow.simple(PartyKind.PERSON, "200").toForm(jd1)).penaltyAmount())
                .isEqualByComparingTo("200");
        assertThat(onScreen(CaseRow.simple(PartyKind.PERSON, "200.01")))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("罚款金额");
                    assertThat(v.message()).contains("《行政处罚法》第五十一条").contains("200元");
                });
        assertThat(onImport(CaseRow.simple(PartyKind.PERSON, "201"))).extracting(RuleViolation::field).containsExactly("罚款金额");
    }

    @Test
    void simpleProcedureFineOnAnOrganisationIsAtMost3000Yuan() {
        cases.create(CaseRow.simple(PartyKind.LEGAL_PERSON, "3000").toForm(jd1));
        cases.create(CaseRow.simple(PartyKind.OTHER_ORG, "3000").toForm(jd1));
        assertThat(onScreen(CaseRow.simple(PartyKind.LEGAL_PERSON, "3000.50")))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("第五十一条").contains("3000元"));
        assertThat(onImport(CaseRow.simple(PartyKind.OTHER_ORG, "5000"))).extracting(RuleViolation::field)
                .containsExactly("罚款金额");
    }

    @Test
    void simpleProcedureOnlyWarnsOrFines() {
        cases.create(CaseRow.simple(PartyKind.PERSON, "0").with(r -> {
            r.fineAmount = null;
            r.penaltyTypes = List.of(PenaltyType.WARNING);
        }).toForm(jd1));
        List<RuleViolation> v = onScreen(CaseRow.simple(PartyKind.LEGAL_PERSON, "100").with(r -> {
            r.penaltyTypes = List.of(PenaltyType.FINE, PenaltyType.CONFISCATION);
            r.confiscationAmount = new BigDecimal("50");
        }));
        assertThat(v).extracting(RuleViolation::field).containsExactlyInAnyOrder("处罚种类", "没收金额");
        assertThat(v).allSatisfy(x -> assertThat(x.message()).contains("第五十一条"));
        assertThat(onImport(CaseRow.simple(PartyKind.PERSON, "50").with(r ->
                r.penaltyTypes = List.of(PenaltyType.PRODUCTION_SUSPENDED))))
                .extracting(RuleViolation::field).contains("处罚种类");
    }

    @Test
    void decisionIsNotBeforeFiling() {
        CaseRow row = CaseRow.fine().with(r -> r.decisionDate = r.filedDate.minusDays(1));
        assertThat(onScreen(row)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("决定日期");
            assertThat(v.message()).contains("不能早于立案日期");
        });
        assertThat(onImport(row)).extracting(RuleViolation::field).containsExactly("决定日期");
    }

    @Test
    void aPenaltyHasAtLeastOneType() {
        CaseRow row = CaseRow.fine().with(r -> {
            r.penaltyTypes = List.of();
            r.fineAmount = null;
        });
        assertThat(onScreen(row)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("处罚种类");
            assertThat(v.message()).contains("至少填写一个处罚种类").contains("第九条");
        });
        assertThat(onImport(row)).extracting(RuleViolation::field).containsExactly("处罚种类");
    }

    @Test
    void aFineHasAnAmountAboveZero() {
        assertThat(onScreen(CaseRow.fine().with(r -> r.fineAmount = null))).singleElement()
                .satisfies(v -> assertThat(v).isEqualTo(new RuleViolation("罚款金额", "处罚种类含罚款的，罚款金额须大于0元（《行政处罚法》第九条）")));
        assertThat(onImport(CaseRow.fine().with(r -> r.fineAmount = BigDecimal.ZERO)))
                .extracting(RuleViolation::field).containsExactly("罚款金额");
    }

    @Test
    void aConfiscationAmountIsNotNegativeAndMayBeUnvalued() {
        cases.create(CaseRow.fine().with(r -> r.penaltyTypes = List.of(PenaltyType.FINE, PenaltyType.CONFISCATION)).toForm(jd1));
        CaseRow negative = CaseRow.fine().with(r -> {
            r.penaltyTypes = List.of(PenaltyType.FINE, PenaltyType.CONFISCATION);
            r.confiscationAmount = new BigDecimal("-1");
        });
        assertThat(onScreen(negative)).singleElement().isEqualTo(new RuleViolation("没收金额", "没收金额不能为负数"));
        assertThat(onImport(negative)).extracting(RuleViolation::field).containsExactly("没收金额");
    }

    @Test
    void amountsHaveAtMostTwoDecimals() {
        CaseRow row = CaseRow.fine().with(r -> {
            r.fineAmount = new BigDecimal("500.125");
            r.paymentDate = LocalDate.of(2024, 4, 10);
            r.paidAmount = new BigDecimal("-3");
            r.surchargePaid = new BigDecimal("1.001");
        });
        assertThat(onScreen(row)).containsExactlyInAnyOrder(
                new RuleViolation("罚款金额", "罚款金额最多保留两位小数（单位：元）"),
                new RuleViolation("实缴金额", "实缴金额不能为负数"),
                new RuleViolation("加处罚款", "加处罚款最多保留两位小数（单位：元）"));
    }

    @Test
    void noPenaltyNeedsAReason() {
        CaseRow row = CaseRow.fine().with(r -> {
            r.outcome = PenaltyOutcome.NO_PENALTY;
            r.penaltyTypes = List.of();
            r.fineAmount = null;
        });
        assertThat(onScreen(row)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("不予处罚理由");
            assertThat(v.message()).contains("第三十三条").contains("首违不罚");
        });
        assertThat(onImport(row)).extracting(RuleViolation::field).containsExactly("不予处罚理由");
        row.noPenaltyReason = NoPenaltyReason.FIRST_OFFENCE;
        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.CREATED);
    }

    @Test
    void aTransferNamesItsTypeOrganAndDate() {
        CaseRow row = CaseRow.fine().with(r -> {
            r.outcome = PenaltyOutcome.TRANSFER;
            r.penaltyTypes = List.of();
            r.fineAmount = null;
        });
        List<RuleViolation> v = onScreen(row);
        assertThat(v).extracting(RuleViolation::field).containsExactlyInAnyOrder("移送类型", "移送机关", "移送日期");
        assertThat(v).allSatisfy(x -> assertThat(x.message()).contains("第二十七条"));
        assertThat(onImport(row.with(r -> r.transferOrgan = "区公安分局"))).extracting(RuleViolation::field)
                .containsExactlyInAnyOrder("移送类型", "移送日期");
        row.transferType = TransferType.CRIMINAL;
        row.transferDate = row.decisionDate;
        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.CREATED);
    }

    @Test
    void aGeneralCaseIsFiledUnlessNotFiled() {
        CaseRow row = CaseRow.fine().with(r -> r.filedDate = null);
        assertThat(onScreen(row)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("立案日期");
            assertThat(v.message()).contains("第五十四条");
        });
        assertThat(onImport(row)).extracting(RuleViolation::field).containsExactly("立案日期");
        CaseRow notFiled = CaseRow.fine().with(r -> {
            r.filedDate = null;
            r.outcome = PenaltyOutcome.NOT_FILED;
            r.penaltyTypes = List.of();
            r.fineAmount = null;
        });
        PenaltyCaseDetail saved = cases.create(notFiled.toForm(jd1));
        assertThat(saved.status()).isEqualTo(PenaltyCaseStatus.NOT_FILED);
    }

    @Test
    void requiredFieldsAreNamed() {
        CaseRow row = CaseRow.fine().with(r -> {
            r.caseNo = " ";
            r.partyName = null;
            r.partyKind = null;
            r.cause = "";
            r.procedure = null;
        });
        assertThat(onImport(row)).extracting(RuleViolation::field)
                .containsExactlyInAnyOrder("案号", "当事人", "当事人类型", "案由", "程序");
        assertThat(onImport(CaseRow.fine().with(r -> r.orgCode = "NOPE")))
                .containsExactly(new RuleViolation("执法主体", "机构代码不存在：NOPE"));
    }

    @Test
    void allViolationsOfARowAreCollected() {
        CaseRow row = CaseRow.simple(PartyKind.PERSON, "300").with(r -> {
            r.partyName = null;
            r.penaltyTypes = List.of(PenaltyType.FINE, PenaltyType.LICENCE_REVOKED);
            r.decisionDate = LocalDate.of(2024, 1, 1);
            r.filedDate = LocalDate.of(2024, 2, 1);
            r.paymentDate = LocalDate.of(2024, 2, 2);
            r.surchargePaid = new BigDecimal("-5");
        });
        assertThat(onImport(row)).extracting(RuleViolation::field)
                .containsExactlyInAnyOrder("当事人", "决定日期", "处罚种类", "罚款金额", "加处罚款");
        BusinessRuleException e = refused(() -> cases.importCase(row.toImport()));
        assertThat(e.getMessage()).contains("第五十一条").contains("当事人不能为空");
    }

    @Test
    void datesInTheFutureAreRefusedOnTheScreensOnly() {
        LocalDate tomorrow = LocalDate.now().plusDays(2);
        CaseRow row = CaseRow.fine().with(r -> {
            r.decisionDate = tomorrow;
            r.closedDate = tomorrow;
        });
        assertThat(onScreen(row)).extracting(RuleViolation::field).containsExactlyInAnyOrder("决定日期", "结案日期");
        assertThat(onScreen(row)).allSatisfy(v -> assertThat(v.message()).contains("不能晚于今天"));
        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.CREATED);
    }

    @Test
    void aCaseNumberIsUniqueWithinTheOrganisation() {
        CaseRow row = CaseRow.fine();
        cases.create(row.toForm(jd1));
        assertThat(onScreen(row)).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("案号"));
    }

    @Test
    void aDecisionNeedsItsDateAndADateItsOutcome() {
        assertThat(onScreen(CaseRow.fine().with(r -> r.decisionDate = null)))
                .extracting(RuleViolation::field).containsExactly("决定日期");
        assertThat(onScreen(CaseRow.fine().with(r -> {
            r.outcome = null;
            r.penaltyTypes = List.of();
            r.fineAmount = null;
        }))).extracting(RuleViolation::field).containsExactly("决定结果");
    }

    private List<RuleViolation> onScreen(CaseRow row) {
        return refused(() -> cases.create(row.toForm(jd1))).violations();
    }

    private List<RuleViolation> onImport(CaseRow row) {
        return refused(() -> cases.importCase(row.toImport())).violations();
    }

    private static BusinessRuleException refused(Runnable action) {
        return (BusinessRuleException) assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class)
                .actual();
    }
}
