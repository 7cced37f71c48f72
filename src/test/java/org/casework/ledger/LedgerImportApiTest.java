package org.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.ledger.LedgerTestSupport.csv;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.casework.ledger.read.LedgerWorkbooks;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.junit.jupiter.api.BeforeEach;

/** {@code POST /api/imports/ledger} and the template, from the outside: shapes, statuses, who may. */
@LedgerSpringTest
class LedgerImportApiTest {

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }
    @TempDir
    Path dir;

    private MockMultipartFile zip(String name, Map<String, String> files) throws Exception {
        Path zip = LedgerWorkbooks.zip(dir.resolve(name), files);
        return new MockMultipartFile("file", name, "application/zip", Files.readAllBytes(zip));
    }

    private MockMultipartFile validLedger() throws Exception {
        return zip("api.zip", Map.of("组织机构.csv", csv("代码,名称,上级代码,类型", "API1,接口测试区,,其他", "API1-1,接口测试街道,API1,街道")));
    }

    @Test
    void withoutCredentials401() throws Exception {
        mvc.perform(multipart("/api/imports/ledger").file(validLedger()).with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
        mvc.perform(get("/api/imports/ledger/template")).andExpect(status().isUnauthorized());
    }

    @Test
    void rolesOtherThanAdminAndLeader403() throws Exception {
        for (String user : new String[] {"officer", "head", "mediator", "clerk", "reviewer"}) {
            mvc.perform(multipart("/api/imports/ledger").file(validLedger()).with(httpBasic(user, user)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("forbidden"));
        }
        mvc.perform(get("/api/imports/ledger/template").with(httpBasic("officer", "officer"))).andExpect(status().isForbidden());
    }

    @Test
    void aValidLedger200WithCountsPerSheetThenUnchanged() throws Exception {
        mvc.perform(multipart("/api/imports/ledger").file(validLedger()).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported.组织机构").value(2))
                .andExpect(jsonPath("$.updated.组织机构").value(0))
                .andExpect(jsonPath("$.unchanged.组织机构").value(0))
                .andExpect(jsonPath("$.errors").doesNotExist());
        mvc.perform(multipart("/api/imports/ledger").file(validLedger()).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported.组织机构").value(0))
                .andExpect(jsonPath("$.updated.组织机构").value(0))
                .andExpect(jsonPath("$.unchanged.组织机构").value(2));
    }

    @Test
    void anInvalidLedger422WithEveryErrorWhereTheSpreadsheetShowsIt() throws Exception {
        MockMultipartFile bad = zip("bad.zip", Map.of(
                "组织机构.csv", csv("代码,名称,上级代码,类型", "API2,接口区,320599,其他", "API2-1,接口街道,API2,乡"),
                "处罚案件.csv", csv("执法主体,案号,程序,当事人类型,当事人,案由,罚款金额,备注", "API2,罚1,简易,自然人,张三,占道,50,x")));
        mvc.perform(multipart("/api/imports/ledger").file(bad).with(httpBasic("leader", "leader")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errorCount").value(2))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].sheet").value("组织机构"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("类型"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("“乡”不是允许的值")))
                .andExpect(jsonPath("$.errors[1].sheet").value("处罚案件"))
                .andExpect(jsonPath("$.errors[1].row").value(1))
                .andExpect(jsonPath("$.errors[1].column").value("备注"))
                .andExpect(jsonPath("$.imported").doesNotExist());
    }

    @Test
    void aFileThatIsNoLedger400() throws Exception {
        MockMultipartFile text = new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/imports/ledger").file(text).with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("无法识别的文件格式")));
        mvc.perform(multipart("/api/imports/ledger").with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("file")));
    }

    @Test
    void theTemplateDownloads() throws Exception {
        byte[] body = mvc.perform(get("/api/imports/ledger/template").with(httpBasic("leader", "leader")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith('P', 'K');
    }
}
