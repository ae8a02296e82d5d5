package arbiter.supervision;

import java.util.Map;
import java.util.stream.Collectors;

import arbiter.audit.AuditLog;

/**
 * Audit events as CSV rows (RFC 4180). A cell that a spreadsheet would run as a formula (it starts with
 * =, +, -, @ or a control character) is prefixed with an apostrophe: the trail holds what users typed.
 */
final class AuditCsv {

    static final String HEADER = "id,occurred_at,actor,actor_role,action,target_type,target_id,case_no,shop,"
            + "before,after,client_address,request_id,prev_hash,hash\r\n";

    private AuditCsv() {
    }

    static String row(AuditLog.Line line) {
        return String.join(",", Long.toString(line.id()), line.at().toString(), cell(line.actor()),
                cell(line.actorRole()), line.action().name(), cell(line.targetType()), cell(line.targetId()),
                cell(line.caseNo()), cell(line.shopId()), cell(state(line.before())), cell(state(line.after())),
                cell(line.clientAddress()), cell(line.requestId()), line.prevHash(), line.hash()) + "\r\n";
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String state(Map<String, String> state) {
        return state.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
