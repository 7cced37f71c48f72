package org.casework.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client against the running app (the real servlets, Camunda's Jersey ones included,
 * which MockMvc would not reach). No redirects are followed, so a 302 to the login page is visible.
 * Either anonymous, with HTTP Basic, or with a browser-like session from the login form.
 */
public final class WebClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAM = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final String basic;

    private WebClient(int port, String basic) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        this.basic = basic;
    }

    public static WebClient anonymous(int port) {
        return new WebClient(port, null);
    }

    public static WebClient basic(int port, String username, String password) {
        return new WebClient(port, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Signs in through the login form, as the browser does, and keeps the session cookie. */
    public static WebClient session(int port, String username, String password) {
        WebClient client = anonymous(port);
        Reply page = client.get("/login");
        Matcher token = CSRF.matcher(page.body());
        Matcher param = CSRF_PARAM.matcher(page.body());
        String form = "username=" + enc(username) + "&password=" + enc(password);
        if (token.find() && param.find()) {
            form += "&" + enc(param.group(1)) + "=" + enc(token.group(1));
        }
        Reply login = client.send(HttpRequest.newBuilder(URI.create(client.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = login.response().headers().firstValue("Location").orElse("");
        if (login.status() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login of " + username + " failed: " + login.status() + " → " + location);
        }
        return client;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, text/html").GET());
    }

    private Reply send(HttpRequest.Builder request) {
        if (basic != null) {
            request.header("Authorization", basic);
        }
        try {
            return new Reply(http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public record Reply(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status() + "): " + body(), e);
            }
        }

        @Override
        public String toString() {
            return status() + " " + contentType() + " " + (body().length() > 300 ? body().substring(0, 300) + "…" : body());
        }
    }
}
