/// HTML text rules for the report: every piece of user text goes through `escape`.
public enum HTML {
    /// Text safe in element content and in quoted attribute values: `&` `<` `>` `"` `'` become entities.
    /// A doctor named `<script>alert(1)</script>` therefore shows as text and never runs.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // C0 controls other than tab and line breaks are not allowed in HTML text.
                if s.value < 0x20 && s != "\t" && s != "\n" && s != "\r" { continue }
                // A bidirectional override or isolate would display the rest of its paragraph reordered
                // (a name ending "\u{202E}fdp.exe" reads "exe.pdf"); it is shown as its code instead.
                if isBidiControl(s) {
                    out += "&lt;U+" + String(s.value, radix: 16, uppercase: true) + "&gt;"
                    continue
                }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Whether a scalar is a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).
    static func isBidiControl(_ s: Unicode.Scalar) -> Bool { (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value) }

    /// A CSS colour from a rules `#rrggbb` value, written as `rgba(r,g,b,alpha)`; grey when the value is
    /// not a hex colour (so rules text never reaches a style attribute unchecked).
    public static func color(_ hex: String, alpha: Double = 1) -> String {
        let (r, g, b) = HexColor.components(hex) ?? (150, 150, 150)
        let a = Int((min(1, max(0, alpha)) * 100).rounded())
        return "rgba(\(r),\(g),\(b),\(a / 100).\(a % 100 < 10 ? "0" : "")\(a % 100))"
    }

    /// A number with one decimal, e.g. `23.4`.
    static func oneDecimal(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// A coordinate in an SVG, with two decimals.
    static func svgNumber(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let a = abs(hundredths)
        return "\(sign)\(a / 100).\(a % 100 < 10 ? "0" : "")\(a % 100)"
    }
}

/// Shorthand for `HTML.escape` inside the report's templates.
func h(_ text: String) -> String { HTML.escape(text) }
