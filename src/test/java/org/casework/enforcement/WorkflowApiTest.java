package org.casework.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The gates through the JSON API: the same service, so the same refusals (422 with the rule and
 * article), 403 outside the role or the org scope, 404 for an unknown case.
 */
class WorkflowApiTest extends WorkflowTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ObjectMapper json;

    MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anOfficerRegistersALeadAndChecksItThroughTheApi() throws Exception {
        String lead = """
                {"orgId": %d, "leadSource": "日常巡查", "leadDate": "%s", "cause": "占道经营",
                 "summary": "巡查发现有人在人行道摆摊"}""".formatted(jd1, today());
        String body = mvc.perform(post("/api/penalty-cases/leads").with(basic("officer")).contentType(MediaType.APPLICATION_JSON)
                        .content(lead))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNo").isNotEmpty())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        long id = json.readTree(body).get("caseId").asLong();

        mvc.perform(get("/api/penalty-cases/" + id + "/work").with(basic("officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].task.definitionKey").value("Task_CheckLead"))
                .andExpect(jsonPath("$.steps[0].mayWork").value(true));

        String check = """
                {"result": "经核查属实", "suspectedViolation": "《城市市容和环境卫生管理条例》第十七条", "actDate": "%s", "seriousHarm": false,
                 "party": {"kind": "PERSON", "name": "接口甲"}, "proposeFiling": true}""".formatted(today().minusDays(2));
        String after = mvc.perform(post("/api/penalty-cases/" + id + "/lead-check").with(basic("officer"))
                        .contentType(MediaType.APPLICATION_JSON).content(check))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode steps = json.readTree(after).get("steps");
        assertThat(steps.get(0).get("task").get("definitionKey").asText()).isEqualTo("Task_ApproveFiling");
        assertThat(steps.get(0).get("mayWork").asBoolean()).as("the officer may not approve the filing").isFalse();
    }

    @Test
    void noDecisionBeforeTheWindowsCloseAndOnlyTheRightPeopleWorkTheCase() throws Exception {
        long id = drive.toPriorNotice("接口乙", "500");
        drive.notifyParty(id);

        mvc.perform(post("/api/penalty-cases/" + id + "/rights-windows/close").with(basic("officer")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message").value(Matchers.allOf(Matchers.containsString("尚未届满"),
                        Matchers.containsString("第四十五条"))));
        mvc.perform(post("/api/penalty-cases/" + id + "/decision").with(basic("head")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"PENALTY\", \"items\": [{\"type\": \"FINE\", \"amount\": 500}]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("当前不在“作出决定”步骤")));
        as("head");
        assertThat(cases.get(id).form().decisionDate()).isNull();

        mvc.perform(get("/api/penalty-cases/" + id + "/work").with(basic("officer3")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/penalty-cases/" + id + "/waiver").with(basic("officer3")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"waivedOn\": \"" + today() + "\", \"note\": \"放弃\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/penalty-cases/leads").with(basic("mediator")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orgId\": " + jd1 + ", \"leadSource\": \"投诉\", \"leadDate\": \"" + today() + "\", \"cause\": \"噪声\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/penalty-cases/987654321/work").with(basic("officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/penalty-cases/" + id + "/work")).andExpect(status().isUnauthorized());
    }

    private static RequestPostProcessor basic(String user) {
        return httpBasic(user, user);
    }
}
