package id.sinergi.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with cookies, for tests that speak to the app as a browser would, without one. */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The view's script nonce, which a browser's PrimeFaces posts back with every form (strict CSP). */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /** No request waits longer: a server that accepts and never answers fails the test instead of hanging the run. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON request with any method. */
    public HttpResponse<String> send(String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a Faces page and posts its form with the given fields (ids without the form prefix). */
    public HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("No form on " + path + ": " + page.statusCode());
        }
        Matcher nonce = NONCE.matcher(page.body());
        return post(path, formId, button, fields, viewState.group(1), nonce.find() ? nonce.group(1) : null);
    }

    /** Posts a Faces form with the view state given (a stale one, to test expiry). */
    public HttpResponse<String> post(String path, String formId, String button, Map<String, String> fields, String viewState)
            throws IOException, InterruptedException {
        return post(path, formId, button, fields, viewState, null);
    }

    private HttpResponse<String> post(String path, String formId, String button, Map<String, String> fields,
                                      String viewState, String nonce) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((k, v) -> form.put(formId + ":" + k, v));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String action = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return http.send(request(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client at {@code base}, logged in as {@code email} (or anonymous for {@code null}). */
    public static WebClient as(URI base, String email, String password) throws IOException, InterruptedException {
        WebClient client = new WebClient(base);
        if (email != null) {
            HttpResponse<String> login = client.login(email, password);
            if (login.statusCode() != 302) {
                throw new IllegalStateException("login " + email + " answered " + login.statusCode());
            }
        }
        return client;
    }

    public HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
        return submit("login", "login", "submit", Map.of("email", email, "password", password));
    }

    /** Any request to a path of the application, with this client's cookies (downloads, multipart). */
    public <T> HttpResponse<T> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> request,
                                    HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return http.send(request.apply(request(path)).build(), body);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }
}
