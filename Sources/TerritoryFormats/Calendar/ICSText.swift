/// The text rules of RFC 5545 (iCalendar): TEXT value escaping, content-line folding, CRLF line ends.
public enum ICSText {
    /// The longest content line in octets, excluding the CRLF (RFC 5545 §3.1).
    public static let maxOctets = 75

    /// A TEXT value escaped per RFC 5545 §3.3.11: `\` → `\\`, `;` → `\;`, `,` → `\,`, a line break
    /// (CRLF, LF or CR) → `\n`; other control characters (which TEXT may not hold) are dropped, tab is kept;
    /// a bidirectional override or isolate is written as its code `<U+202E>`, so a calendar shows the
    /// text in the order it was typed.
    public static func escape(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for s in text.unicodeScalars {
            defer { previousWasCR = s == "\r" }
            switch s {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(s)
            default:
                if s.value < 0x20 || s.value == 0x7F { continue }
                if (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value) {
                    out += "<U+" + String(s.value, radix: 16, uppercase: true) + ">"
                    continue
                }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// One content line folded per RFC 5545 §3.1: physical lines of at most 75 octets, each continuation
    /// starting with one space, never splitting a UTF-8 sequence; every physical line ends with CRLF.
    public static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for s in line.unicodeScalars {
            let n = UTF8.width(s)
            if octets + n > maxOctets {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(s)
            octets += n
        }
        return out + "\r\n"
    }

    /// The inverse of `fold` for a whole document: CRLF followed by a space or tab joins lines.
    public static func unfold(_ document: String) -> String {
        document.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
    }
}
