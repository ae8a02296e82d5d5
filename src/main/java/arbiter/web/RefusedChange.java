package arbiter.web;

/**
 * A request that tried to change something and was refused (a 403 on anything but GET and HEAD), announced as a
 * synchronous CDI event on the thread that refused it, where the signed-in user is still known. The audit trail
 * records it as {@code ACCESS_DENIED} (DESIGN "Audit"); the web layer only announces it, knowing no feature.
 *
 * @param method the HTTP method, as {@code POST}
 * @param path the request path without the query, as {@code /disputes/next}
 * @param status the status answered, 403
 */
public record RefusedChange(String method, String path, int status) {
}
