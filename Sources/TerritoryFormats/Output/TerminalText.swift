/// User text made inert for a terminal: one line, no control sequences, no reordering, bounded width.
///
/// A department holding a line break would otherwise break a table row in two, an escape sequence
/// could move the cursor or retitle the window, a right-to-left override (U+202E) would display the
/// rest of the line backwards, and a 10,000-character name would push every column off screen.
public enum TerminalText {
    /// The widest a table cell is shown, in terminal columns; longer text ends in `…`.
    public static let maxColumns = 80

    /// `text` on one line: line breaks and tabs become one space each; other control characters,
    /// escape sequences other than colour (SGR, `ESC[…m`, which the tool itself uses) and
    /// bidirectional overrides and isolates are shown as `<U+XXXX>`; cut to `maxColumns` columns with `…`.
    public static func inert(_ text: String, maxColumns: Int = TerminalText.maxColumns) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isUnsafe) || DisplayWidth.of(text) > maxColumns else { return text }
        // One line of safe pieces, each with its width (colour sequences are kept and take no width).
        var pieces: [(text: String, width: Int)] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\u{1B}", let end = sgrEnd(scalars, from: i) {
                pieces.append((String(String.UnicodeScalarView(scalars[i...end])), 0))
                i = end + 1
                continue
            }
            switch s {
            case "\r":
                pieces.append((" ", 1))
                if i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
            case "\n", "\t", "\u{2028}", "\u{2029}": pieces.append((" ", 1))
            default:
                let t = isUnsafe(s) ? Diagnostic.visible(String(s)) : String(s)
                pieces.append((t, DisplayWidth.of(t)))
            }
            i += 1
        }
        let total = pieces.reduce(0) { $0 + $1.width }
        guard total > maxColumns else { return pieces.map(\.text).joined() }
        var out = ""
        var width = 0
        var colored = false
        for p in pieces {
            if p.width == 0 && p.text.hasPrefix("\u{1B}") { colored = true }
            if width + p.width > maxColumns - 1 { break }
            out += p.text
            width += p.width
        }
        return out + "…" + (colored ? "\u{1B}[0m" : "")
    }

    /// Whether a scalar must not reach the terminal as it is (controls, DEL, C1, bidirectional overrides and isolates, line separators).
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x2028 || v == 0x2029
    }

    /// The index of the `m` ending a colour sequence `ESC [ digits/semicolons m` starting at `i`; nil for anything else.
    static func sgrEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard i + 2 < s.count, s[i + 1] == "[" else { return nil }
        var j = i + 2
        while j < s.count, s[j] == ";" || ("0"..."9").contains(s[j]) { j += 1 }
        return j < s.count && s[j] == "m" ? j : nil
    }
}
