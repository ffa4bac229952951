package org.ait.io;

/**
 * How a delimited file separates fields, and whether its numbers may use a decimal comma (only where the comma does
 * not separate fields: with {@code ;}, as spreadsheets in many locales save).
 */
public record CsvDialect(char delimiter) {

    public static final CsvDialect COMMA = new CsvDialect(',');

    public CsvDialect {
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new InputException("--delimiter must be ',', ';' or tab, got '" + delimiter + "'");
        }
    }

    public boolean decimalComma() {
        return delimiter == ';';
    }

    /**
     * The delimiter a user names: {@code ,} {@code ;} {@code tab} or {@code \t} (or a tab character).
     *
     * @throws InputException for anything else
     */
    public static CsvDialect named(String name) {
        return switch (name) {
            case ",", "comma" -> new CsvDialect(',');
            case ";", "semicolon" -> new CsvDialect(';');
            case "\t", "\\t", "tab" -> new CsvDialect('\t');
            default -> throw new InputException("--delimiter must be ',', ';' or tab, got '" + name + "'");
        };
    }

    /** The delimiter of a header line: the one of {@code , ; tab} occurring most often outside quotes (comma on ties). */
    public static CsvDialect detect(String headerLine) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return new CsvDialect(';');
        }
        if (tab > comma && tab > semicolon) {
            return new CsvDialect('\t');
        }
        return COMMA;
    }

    /** For messages: "','", "';'" or "tab". */
    public String describe() {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }
}
