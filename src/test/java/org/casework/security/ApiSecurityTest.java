package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casework.testsupport.WebClient;
import org.casework.testsupport.WebClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The security chains from outside, over real HTTP against the demo users (password = user name):
 * who reaches the API, the engine REST, the Camunda webapps and the actuator, and that the API keeps
 * each user inside the own organisation subtree.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiSecurityTest {

    static final String DISTRICT = "320599";
    static final String JD1 = "320599001";
    static final String JD2 = "320599002";

    @LocalServerPort
    int port;

    /** One demo user per role: user name, role, organisation code. */
    static Stream<Arguments> oneUserPerRole() {
        return Stream.of(
                Arguments.of("officer", Role.OFFICER, JD1),
                Arguments.of("reviewer", Role.LEGAL_REVIEWER, JD1),
                Arguments.of("head", Role.HEAD, JD1),
                Arguments.of("mediator", Role.MEDIATOR, "320599001-TW"),
                Arguments.of("clerk", Role.PETITION_CLERK, JD1),
                Arguments.of("leader", Role.LEADER, DISTRICT),
                Arguments.of("admin", Role.ADMIN, DISTRICT));
    }

    @Test
    void apiWithoutCredentialsIs401Json() {
        for (String path : List.of("/api/me", "/api/orgs", "/api/orgs/" + JD1)) {
            Reply reply = WebClient.anonymous(port).get(path);
            assertThat(reply.status()).as(path + " → " + reply).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/json");
            assertThat(reply.json().path("error").asText()).isEqualTo("unauthorized");
            assertThat(reply.json().path("message").asText()).contains("请先登录");
            assertThat(reply.response().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        }
    }

    @Test
    void wrongPasswordIs401() {
        Reply reply = WebClient.basic(port, "centre", "wrong-password").get("/api/me");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(WebClient.basic(port, "nobody", "nobody").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void engineRestIsForAdministratorsOnly() {
        Reply anonymous = WebClient.anonymous(port).get("/engine-rest/engine");
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/json");

        Reply admin = WebClient.basic(port, "admin", "admin").get("/engine-rest/engine");
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
        assertThat(admin.json().findValuesAsText("name")).contains("default");

        Reply officer = WebClient.basic(port, "officer", "officer").get("/engine-rest/engine");
        assertThat(officer.status()).as(officer.toString()).isEqualTo(403);
        assertThat(officer.json().path("error").asText()).isEqualTo("forbidden");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("oneUserPerRole")
    void eachRoleReachesWhatItMayAndGets403ForTheRest(String username, Role role, String orgCode) {
        boolean admin = role == Role.ADMIN;
        WebClient basic = WebClient.basic(port, username, username);

        // the API: every role, by HTTP Basic
        Reply me = basic.get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo(username);
        assertThat(me.json().path("org").path("code").asText()).isEqualTo(orgCode);
        assertThat(texts(me.json().path("roles"))).containsExactly(role.name());
        assertThat(texts(me.json().path("candidateGroups"))).containsExactly(role.name() + "@" + orgCode);
        assertThat(basic.get("/api/orgs").status()).isEqualTo(200);
        assertThat(basic.get("/api/orgs/" + orgCode).status()).isEqualTo(200);

        // Camunda's engine REST: administrators only
        assertThat(basic.get("/engine-rest/engine").status()).isEqualTo(admin ? 200 : 403);
        assertThat(basic.get("/engine-rest/process-definition/count").status()).isEqualTo(admin ? 200 : 403);

        // with a browser session from the login form: the same API, the Camunda webapps, the actuator
        WebClient session = WebClient.session(port, username, username);
        assertThat(session.get("/api/me").json().path("username").asText()).isEqualTo(username);
        Reply cockpit = session.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).as("cockpit → " + cockpit).isEqualTo(admin ? 200 : 403);
        Reply camundaApi = session.get("/camunda/api/engine/engine/");
        assertThat(camundaApi.status()).as("camunda api → " + camundaApi).isEqualTo(admin ? 200 : 403);
        Reply info = session.get("/actuator/info");
        assertThat(info.status()).as("actuator → " + info).isEqualTo(admin ? 200 : 403);
        assertThat(session.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void anonymousBrowserIsSentToTheLogin() {
        for (String path : List.of("/camunda/app/cockpit/default/", "/actuator/info")) {
            Reply reply = WebClient.anonymous(port).get(path);
            assertThat(reply.status()).as(path + " → " + reply).isEqualTo(302);
            assertThat(reply.response().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(WebClient.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void streetOfficerSeesOnlyTheOwnStreetsOrganisations() {
        WebClient officer = WebClient.basic(port, "officer", "officer");
        // other tests may add units below JD1; none outside it may appear
        assertThat(codes(officer.get("/api/orgs").json()))
                .contains(JD1, "320599001-ZF", "320599001-TW")
                .doesNotContain(DISTRICT, JD2, "320599002-CW", "320599-CG", "320599-MT");
        assertThat(officer.get("/api/orgs/" + JD1).json().path("name").asText()).isEqualTo("滨湖新区东湖街道办事处");
    }

    @Test
    void userOfJd1CannotReadJd2sRecordsAndViceVersa() {
        Reply denied = WebClient.basic(port, "officer", "officer").get("/api/orgs/" + JD2);
        assertThat(denied.status()).as(denied.toString()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/json");
        assertThat(denied.json().path("message").asText()).isEqualTo("机构 " + JD2 + " 不在您的机构范围内");
        assertThat(denied.body()).doesNotContain("西山街道");

        assertThat(WebClient.basic(port, "officer", "officer").get("/api/orgs/" + DISTRICT).status()).isEqualTo(403);
        assertThat(WebClient.basic(port, "officer3", "officer3").get("/api/orgs/" + JD1).status()).isEqualTo(403);
        assertThat(WebClient.basic(port, "jd2leader", "jd2leader").get("/api/orgs/" + JD1).status()).isEqualTo(403);
        assertThat(codes(WebClient.basic(port, "officer3", "officer3").get("/api/orgs").json()))
                .contains(JD2).doesNotContain(JD1, DISTRICT, "320599001-ZF");
    }

    @Test
    void districtLeaderAndAdminSeeTheWholeDistrict() {
        for (String user : List.of("leader", "admin")) {
            WebClient client = WebClient.basic(port, user, user);
            assertThat(codes(client.get("/api/orgs").json())).contains(DISTRICT, JD1, JD2, "320599002-CW", "320599-MT");
            assertThat(client.get("/api/orgs/" + JD2).status()).isEqualTo(200);
        }
    }

    @Test
    void unknownOrganisationIs404Json() {
        Reply reply = WebClient.basic(port, "admin", "admin").get("/api/orgs/NO-SUCH-ORG");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.json().path("error").asText()).isEqualTo("not_found");
    }

    private static List<String> codes(JsonNode orgs) {
        List<String> codes = new ArrayList<>();
        orgs.forEach(o -> codes.add(o.path("code").asText()));
        return codes;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
