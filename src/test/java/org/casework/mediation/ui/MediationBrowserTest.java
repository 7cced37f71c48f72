package org.casework.mediation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.org.OrgService;
import org.casework.staff.MediatorForm;
import org.casework.staff.MediatorService;
import org.casework.testsupport.BrowserTest;
import org.casework.testsupport.BrowserTestBase;
import org.casework.testsupport.SignIn;
import org.casework.testsupport.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A mediator logs a dispute through the screens in Chromium, from intake to a signed written agreement:
 * the dispute is recorded as a success, {@code mediation.succeeded} goes up by one, and the agreement's
 * PDF names the parties.
 */
@BrowserTest
class MediationBrowserTest extends BrowserTestBase {

    static final String APPLICANT = "欧阳明远";
    static final String RESPONDENT = "司马静怡";

    @Autowired MediatorService mediators;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    @Test
    void aMediatorLogsADisputeToAWrittenAgreement() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String mediator = rosterMediator(today);
        long succeededBefore = succeeded(today.getYear());

        login("mediator", "mediator");
        page.navigate(url("/mediation/disputes"));
        page.locator("#intake").click();
        page.waitForURL(Pattern.compile(".*/mediation/disputes/intake$"));
        pick("#body", "东湖街道人民调解委员会（320599001-TW）");
        pick("#category", "邻里");
        page.locator("#party-name-0 input").fill(APPLICANT);
        page.locator("#party-name-1 input").fill(RESPONDENT);
        page.locator("#request textarea").fill("请求对方修复漏水的排水管并赔偿损失");
        page.locator("#facts textarea").fill("楼上卫生间排水管漏水，浸湿楼下天花板");
        page.locator("#save-intake").click();
        page.waitForURL(Pattern.compile(".*/mediation/disputes/\\d+$"));
        long disputeId = Long.parseLong(page.url().replaceAll(".*/", ""));

        step("确认当事人是否接受调解");
        submit();
        step("受理登记并告知权利义务");
        page.locator("#rights-notice input").check();
        submit();
        step("指派调解员");
        page.locator("#mediators vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(mediator)).locator("input").check();
        submit();
        step("调解并制作笔录");
        page.locator("#place input").fill("东湖街道人民调解室");
        page.locator("#record textarea").fill("调解员：请双方陈述。\n" + APPLICANT + "：要求修复并赔偿三千元。\n" + RESPONDENT + "：同意。");
        page.locator("#result input").fill("双方就维修和赔偿达成一致");
        page.locator("#next vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("达成书面协议")).click();
        submit();
        step("制作并签署调解协议书");
        page.locator("#disputed-matters input").fill("排水管维修及损失赔偿");
        page.locator("#responsibilities textarea").fill(RESPONDENT + "对漏水负主要责任");
        page.locator("#terms textarea").fill(RESPONDENT + "于十日内修复排水管\n" + RESPONDENT + "赔偿" + APPLICANT + "3000元");
        page.locator("#performance-method input").fill("现金支付");
        page.locator("#performance-deadline input").fill(today.plusDays(10).toString());
        page.locator("#performance-deadline input").press("Enter");
        page.locator("#amount input").fill("3000");
        page.locator("#signed-by-all input").check();
        submit();

        assertThat(page.locator("#dispute-status")).hasText("达成协议");
        assertThat(page.locator("#dispute-summary")).containsText("书面协议");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("调解协议书")).first())
                .isVisible();

        JsonNode dispute = WebClient.basic(port, "mediator", "mediator").get("/api/disputes/" + disputeId).json();
        assertThat(dispute.get("outcome").asText()).isEqualTo("WRITTEN");
        assertThat(dispute.get("closedDate").asText()).isEqualTo(today.toString());
        assertThat(dispute.get("agreementAmount").decimalValue()).isEqualByComparingTo("3000");
        assertThat(succeeded(today.getYear())).as("mediation.succeeded").isEqualTo(succeededBefore + 1);

        String agreement = agreementPdfText(disputeId);
        assertThat(agreement).contains("调解协议书", APPLICANT, RESPONDENT);
    }

    /** A mediator on the committee's roster, to be assigned (the demo data has no roster). */
    private String rosterMediator(LocalDate today) {
        String name = "郑" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        SignIn.as(users, "admin");
        try {
            mediators.create(new MediatorForm(orgs.requireByCode("320599001-TW").id(), name, true, today.minusYears(1), null));
        } finally {
            SignIn.out();
        }
        return name;
    }

    private void pick(String comboBox, String item) {
        page.locator(comboBox + " input").fill(item);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    private void step(String name) {
        assertThat(page.locator("#open-steps h4").first()).hasText("当前环节：" + name);
    }

    private void submit() {
        page.locator("#step-submit").click();
    }

    /** The district's {@code mediation.succeeded} of the year, as the leader reads it from the yearly figures API. */
    private long succeeded(int year) {
        WebClient.Reply reply = WebClient.basic(port, "leader", "leader").get("/api/reports/yearly/" + year + "/figures");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("figures").get("mediation.succeeded").get("value").asLong();
    }

    /** The issued 调解协议书 of the dispute, downloaded as the documents API serves it, as text. */
    private String agreementPdfText(long disputeId) throws IOException, InterruptedException {
        JsonNode docs = WebClient.basic(port, "mediator", "mediator").get("/api/documents?caseKind=DISPUTE&caseId=" + disputeId).json();
        long id = -1;
        for (JsonNode d : docs) {
            if ("MEDIATION_AGREEMENT".equals(d.get("type").asText())) {
                id = d.get("id").asLong();
            }
        }
        assertThat(id).as("an issued agreement").isPositive();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/documents/" + id + ".pdf")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mediator:mediator".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
