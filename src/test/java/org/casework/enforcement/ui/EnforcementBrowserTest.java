package org.casework.enforcement.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.enforcement.process.SimplePenaltyProcedure;
import org.casework.testsupport.BrowserTest;
import org.casework.testsupport.BrowserTestBase;
import org.casework.testsupport.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5 in Chromium: an officer logs an on-the-spot fine (简易程序) and works its follow-up steps until
 * the process ends, and {@code penalty.decisions} of the year goes up by one; a general-procedure case
 * walks from a new lead to its prior notice through the screens, each step signed in as the demo user
 * whose step it is (officer 李明, head 刘洋, reviewer 陈静).
 */
@BrowserTest
class EnforcementBrowserTest extends BrowserTestBase {

    /** Demo officers of 东湖街道 with valid certificates (DemoEnforcement); officer = 李明, officer2 = 赵强. */
    static final String LI_MING = "李明（32059900101）";
    static final String ZHAO_QIANG = "赵强（32059900102）";

    @Autowired Clock clock;

    @Test
    void anOfficerLogsAnOnTheSpotFineToItsEndAndTheYearsDecisionsGoUpByOne() {
        LocalDate today = LocalDate.now(clock);
        long decisionsBefore = decisions(today.getYear());
        String party = "当场" + suffix();

        login("officer", "officer");
        page.navigate(url("/enforcement/on-the-spot"));
        assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText("当场处罚"))).isVisible();
        pickMany("执法人员（两名以上）", LI_MING, ZHAO_QIANG);
        field("当事人").fill(party);
        field("证件号码").fill("320501199001011234");
        field("案由").fill("乱扔垃圾");
        field("执法领域").fill("市容环境");
        field("违法行为地点").fill("幸福路18号门前");
        field("违法事实").fill("当事人在幸福路18号门前随地丢弃垃圾，经劝阻未清理");
        field("违反的规定").fill("《城市市容和环境卫生管理条例》第三十二条");
        field("处罚依据").fill("《城市市容和环境卫生管理条例》第三十四条");
        field("罚款金额（元，警告则留空）").fill("150");
        field("当事人陈述申辩").fill("当事人无异议");
        field("已出示执法证件").check();
        page.locator("#decide-on-the-spot").click();

        page.waitForURL(Pattern.compile(".*/enforcement/work/\\d+$"));
        long caseId = Long.parseLong(page.url().replaceAll(".*/", ""));
        assertThat(page.locator("h2").first()).containsText("案件办理");

        // the fine was not collected on the spot: it is collected, and the case is filed with the agency, in parallel
        Locator payment = step(SimplePenaltyProcedure.TASK_COLLECT_PAYMENT);
        claimIfOffered(SimplePenaltyProcedure.TASK_COLLECT_PAYMENT);
        payment.getByLabel("缴纳罚没款（元）", new Locator.GetByLabelOptions().setExact(true)).fill("150");
        submit("record-payment", "缴款已登记");
        assertThat(page.locator("#step-" + SimplePenaltyProcedure.TASK_COLLECT_PAYMENT)).hasCount(0);

        step(SimplePenaltyProcedure.TASK_FILE_WITH_AGENCY);
        claimIfOffered(SimplePenaltyProcedure.TASK_FILE_WITH_AGENCY);
        submit("agency-filing", "已登记");
        assertThat(page.getByText("流程已结束")).isVisible();

        assertThat(documentRow("当场行政处罚决定书")).isVisible();
        assertThat(documentTypes(caseId)).contains("ON_THE_SPOT_DECISION");
        JsonNode work = WebClient.basic(port, "officer", "officer").get("/api/penalty-cases/" + caseId + "/work").json();
        assertThat(work.toString()).contains(party);
        assertThat(decisions(today.getYear())).as("penalty.decisions of " + today.getYear()).isEqualTo(decisionsBefore + 1);
    }

    @Test
    void aGeneralCaseWalksToItsPriorNoticeThroughTheScreens() {
        LocalDate today = LocalDate.now(clock);
        String party = "一般" + suffix();

        // the officer registers the lead
        login("officer", "officer");
        page.navigate(url("/enforcement/leads/new"));
        field("案由").fill("占道经营");
        field("执法领域").fill("市容环境");
        date("违法行为日期", today.minusDays(3));
        field("违法行为地点").fill("幸福路18号门前");
        pick("当事人类型", "自然人");
        field("当事人").fill(party);
        field("当事人地址").fill("东湖街道幸福路18号");
        field("线索内容").fill("巡查发现当事人在幸福路人行道摆摊经营");
        page.locator("#register-lead").click();
        page.waitForURL(Pattern.compile(".*/enforcement/work/\\d+$"));
        long caseId = Long.parseLong(page.url().replaceAll(".*/", ""));

        // ... and checks it
        Locator check = step(GeneralPenaltyProcedure.TASK_CHECK_LEAD);
        claimIfOffered(GeneralPenaltyProcedure.TASK_CHECK_LEAD);
        check.getByLabel("核查情况", new Locator.GetByLabelOptions().setExact(true)).fill("经核查，当事人在人行道摆摊经营属实");
        check.getByLabel("涉嫌违反的规定", new Locator.GetByLabelOptions().setExact(true)).fill("《城市市容和环境卫生管理条例》第十七条");
        submit("check-lead-file", "核查结果已提交，待负责人审批立案");
        assertThat(page.locator("#step-" + GeneralPenaltyProcedure.TASK_APPROVE_FILING)).isVisible();
        assertThat(page.locator("#step-approve-filing")).hasCount(0);          // the officer may not approve the filing

        // the head approves the filing with two certified officers
        switchUser("head", caseId);
        step(GeneralPenaltyProcedure.TASK_APPROVE_FILING);
        claimIfOffered(GeneralPenaltyProcedure.TASK_APPROVE_FILING);
        pick("主办人员", LI_MING);
        pickMany("承办人员（两名以上，持有效执法证）", LI_MING, ZHAO_QIANG);
        field("审批意见").fill("同意立案");
        submit("approve-filing", "已批准立案，办案期限开始计算");
        assertThat(page.locator("#step-" + GeneralPenaltyProcedure.TASK_INVESTIGATE_CASE)).isVisible();

        // the officer records the evidence, ends the investigation and reports
        switchUser("officer", caseId);
        step(GeneralPenaltyProcedure.TASK_INVESTIGATE_CASE);
        claimIfOffered(GeneralPenaltyProcedure.TASK_INVESTIGATE_CASE);
        pick("证据种类", "勘验笔录、现场笔录");
        field("证据名称").fill("现场检查笔录");
        field("证据说明").fill("当事人在人行道摆摊");
        submit("add-evidence", "证据已登记");
        submit("finish-investigation", "调查已终结，请撰写调查终结报告");
        Locator report = step(GeneralPenaltyProcedure.TASK_REPORT_INVESTIGATION);
        claimIfOffered(GeneralPenaltyProcedure.TASK_REPORT_INVESTIGATION);
        report.getByLabel("违法事实", new Locator.GetByLabelOptions().setExact(true)).fill("当事人在幸福路人行道摆摊经营，经责令改正拒不改正");
        report.getByLabel("证据", new Locator.GetByLabelOptions().setExact(true)).fill("现场检查笔录");
        report.getByLabel("违反的规定", new Locator.GetByLabelOptions().setExact(true)).fill("《城市市容和环境卫生管理条例》第十七条第一款");
        report.getByLabel("处罚依据", new Locator.GetByLabelOptions().setExact(true)).fill("《城市市容和环境卫生管理条例》第三十六条");
        report.getByLabel("裁量情节", new Locator.GetByLabelOptions().setExact(true)).fill("首次违法，情节一般");
        report.getByLabel("罚款金额（元）", new Locator.GetByLabelOptions().setExact(true)).fill("500");
        submit("submit-report", "调查终结报告已提交审核");
        assertThat(page.locator("#step-" + GeneralPenaltyProcedure.TASK_REVIEW_CASE)).isVisible();

        // the reviewer (case review: no ground for a legal review) agrees
        switchUser("reviewer", caseId);
        Locator review = step(GeneralPenaltyProcedure.TASK_REVIEW_CASE);
        claimIfOffered(GeneralPenaltyProcedure.TASK_REVIEW_CASE);
        review.getByLabel("执法主体与程序", new Locator.GetByLabelOptions().setExact(true)).fill("本机关具有管辖权，执法人员持证执法");
        review.getByLabel("事实、证据与法律适用", new Locator.GetByLabelOptions().setExact(true)).fill("事实清楚，证据充分");
        submit("submit-review", "审核意见已提交");
        assertThat(page.locator("#step-" + GeneralPenaltyProcedure.TASK_APPROVE_PROPOSAL)).isVisible();

        // the head approves the proposal
        switchUser("head", caseId);
        step(GeneralPenaltyProcedure.TASK_APPROVE_PROPOSAL);
        claimIfOffered(GeneralPenaltyProcedure.TASK_APPROVE_PROPOSAL);
        submit("approve-proposal", "已批准，请送达事先告知书");
        assertThat(page.locator("#step-" + GeneralPenaltyProcedure.TASK_NOTIFY_PARTY)).isVisible();

        // the officer registers that the prior notice was served: the party is heard next
        switchUser("officer", caseId);
        step(GeneralPenaltyProcedure.TASK_NOTIFY_PARTY);
        claimIfOffered(GeneralPenaltyProcedure.TASK_NOTIFY_PARTY);
        submit("notice", "已登记");
        Locator hearing = step(GeneralPenaltyProcedure.TASK_HEAR_PARTY);
        assertThat(hearing.locator("h4")).hasText("听取陈述申辩");
        assertThat(page.locator("#case-timeline vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("送达行政处罚事先告知书")).first()).isVisible();
        assertThat(documentRow("行政处罚事先告知书")).isVisible();
        assertThat(documentTypes(caseId)).contains("PRIOR_NOTICE");
    }

    // ---- signing in ----

    private void switchUser(String username, long caseId) {
        logout();
        login(username, username);
        page.navigate(url("/enforcement/work/" + caseId));
        assertThat(page.locator("h2").first()).containsText("案件办理 ");
    }

    // ---- the case's work page ----

    /** The open step's box, once it is shown. */
    private Locator step(String taskKey) {
        Locator box = page.locator("#step-" + taskKey);
        assertThat(box).isVisible();
        return box;
    }

    /**
     * Clicks a step's button and waits until the page shows the case again (the work page rebuilds its
     * forms after a command, so the next click must not hit the old form); a refusal (a red notification)
     * fails the test with its message. {@code done} is the success message, for the reader.
     */
    private void submit(String name, String done) {
        click(page.locator("#step-" + name), done);
    }

    private void click(Locator button, String done) {
        ElementHandle old = button.elementHandle();
        old.click();
        long until = System.currentTimeMillis() + 30_000;
        while (Boolean.TRUE.equals(old.evaluate("e => e.isConnected"))) {
            List<String> errors = page.locator("vaadin-notification-card[theme~=error]").allTextContents();
            if (!errors.isEmpty()) {
                throw new AssertionError("refused instead of \"" + done + "\": " + errors);
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the page was not rebuilt after \"" + done + "\"");
            }
            page.waitForTimeout(100);
        }
    }

    /** Claims the step when it is offered to a group (a step with an assignee has no claim button). */
    private void claimIfOffered(String taskKey) {
        Locator claim = page.locator("#claim-" + taskKey);
        if (claim.count() > 0) {
            click(claim, "已签收");
            assertThat(claim).hasCount(0);
        }
    }

    private Locator documentRow(String title) {
        return page.locator(".documents-panel vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)).first();
    }

    // ---- fields ----

    /** The input of the Vaadin field with exactly this label. */
    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private void date(String label, LocalDate day) {
        field(label).fill(day.toString());
        field(label).press("Enter");
    }

    private void pick(String label, String item) {
        field(label).fill(item);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
        assertThat(page.locator("vaadin-combo-box-overlay[opened]")).hasCount(0);
    }

    /** Picks the items of a multi-select combo box, one by one (typing the start of each), then closes it. */
    private void pickMany(String label, String... items) {
        Locator input = field(label);
        for (String item : items) {
            input.fill(item.substring(0, 2));
            page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
        }
        input.press("Escape");
        assertThat(page.locator("vaadin-multi-select-combo-box-overlay[opened]")).hasCount(0);
    }

    // ---- figures and documents through the API ----

    /** The district's {@code penalty.decisions} of the year, as the leader reads it from the yearly figures API. */
    private long decisions(int year) {
        WebClient.Reply reply = WebClient.basic(port, "leader", "leader").get("/api/reports/yearly/" + year + "/figures");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("figures").get("penalty.decisions").get("value").asLong();
    }

    private List<String> documentTypes(long caseId) {
        JsonNode docs = WebClient.basic(port, "officer", "officer").get("/api/documents?caseKind=PENALTY_CASE&caseId=" + caseId).json();
        List<String> types = new ArrayList<>();
        docs.forEach(d -> types.add(d.get("type").asText()));
        return types;
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000L, 36);
    }
}
