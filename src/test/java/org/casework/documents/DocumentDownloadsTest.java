package org.casework.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** GET /api/documents/{id}.pdf and .docx: the file with a Chinese file name, 403 for another organisation. */
class DocumentDownloadsTest extends DocumentsSpringTest {

    @Autowired
    WebApplicationContext web;

    MockMvc mvc;
    IssuedDocument decision;
    long caseId;

    @BeforeEach
    void issueADecision() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        signInAs("officer");
        caseId = freshCaseId();
        decision = documents.issue(org(JD1), CaseKind.PENALTY_CASE, caseId, DocumentSamples.penaltyDecision().form());
        signOut();
    }

    @Test
    void theOfficerDownloadsThePdf() throws Exception {
        byte[] pdf = mvc.perform(get("/api/documents/{id}.pdf", decision.id()).with(httpBasic("officer", "officer")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment"),
                        org.hamcrest.Matchers.containsString(URLEncoder.encode("行政处罚决定书", StandardCharsets.UTF_8)))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentText.pdf(pdf)).contains(decision.number(), "滨湖新区鑫源餐饮有限公司");

        mvc.perform(get("/api/documents/{id}.pdf?inline=true", decision.id()).with(httpBasic("officer", "officer")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
    }

    @Test
    void theOfficerDownloadsTheWordFile() throws Exception {
        byte[] docx = mvc.perform(get("/api/documents/{id}.docx", decision.id()).with(httpBasic("officer", "officer")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(DocumentDownloads.DOCX))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentText.docx(docx)).contains(decision.number(), "滨湖新区鑫源餐饮有限公司");
    }

    @Test
    void listAndCaseFile() throws Exception {
        mvc.perform(get("/api/documents").param("caseKind", "PENALTY_CASE").param("caseId", String.valueOf(caseId))
                        .with(httpBasic("officer", "officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(decision.number()))
                .andExpect(jsonPath("$[0].title").value("行政处罚决定书"));
        byte[] archive = mvc.perform(get("/api/documents/archive/PENALTY_CASE/{caseId}.pdf", caseId)
                        .with(httpBasic("officer", "officer")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentText.pdf(archive)).contains("卷内文书目录", decision.number());
    }

    @Test
    void anotherOrganisationGets403() throws Exception {
        mvc.perform(get("/api/documents/{id}.pdf", decision.id()).with(httpBasic("officer3", "officer3")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("该记录不在您的机构范围内"));
        mvc.perform(get("/api/documents/{id}.docx", decision.id()).with(httpBasic("officer3", "officer3")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/documents/{id}", decision.id()).with(httpBasic("officer3", "officer3")))
                .andExpect(status().isForbidden());
    }

    @Test
    void strangersGet401AndUnknownDocuments404() throws Exception {
        mvc.perform(get("/api/documents/{id}.pdf", decision.id())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/documents/{id}.pdf", 987_654_321L).with(httpBasic("officer", "officer")))
                .andExpect(status().isNotFound());
    }

    /** The preview dialog frames a PDF served by the Vaadin servlet: same-origin frames only. */
    @Test
    void theUiMayFrameItsOwnPdfsButNoOtherSiteMayFrameTheUi() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
    }
}
