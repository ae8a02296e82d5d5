package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CSV cells: quoted when they must be, and never run as a formula by a spreadsheet. */
class AuditCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        assertEquals("'=1+1", AuditCsv.cell("=1+1"));
        assertEquals("'+SUM(A1)", AuditCsv.cell("+SUM(A1)"));
        assertEquals("'-2", AuditCsv.cell("-2"));
        assertEquals("'@cmd", AuditCsv.cell("@cmd"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", AuditCsv.cell("=HYPERLINK(\"x\",\"y\")"));
    }

    @Test
    void cellsAreQuotedOnlyWhenTheyHoldCommasQuotesOrLineBreaks() {
        assertEquals("arbiter1", AuditCsv.cell("arbiter1"));
        assertEquals("\"a,b\"", AuditCsv.cell("a,b"));
        assertEquals("\"two\nlines\"", AuditCsv.cell("two\nlines"));
        assertEquals("", AuditCsv.cell(null));
    }
}
