/// Terminal column widths: East Asian wide and full-width characters take two columns.
public enum DisplayWidth {
    /// Columns `text` occupies in a monospaced terminal (CJK = 2, combining marks = 0, ANSI escapes = 0).
    public static func of(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for s in text.unicodeScalars {
            if inEscape {
                if s == "m" { inEscape = false }
                continue
            }
            if s == "\u{1B}" {
                inEscape = true
                continue
            }
            width += of(s)
        }
        return width
    }

    /// Columns one scalar occupies.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v) || v == 0xFEFF
            || (0x1F3FB...0x1F3FF).contains(v) || (0xE0020...0xE007F).contains(v)
        {
            return 0
        }  // skin tones, tag characters
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F680...0x1F6FF).contains(v) || (0x1F900...0x1F9FF).contains(v) || (0x1FA70...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    /// `text` padded with spaces to `width` columns, on the right (`leftAligned`) or on the left.
    public static func pad(_ text: String, to width: Int, leftAligned: Bool = true) -> String {
        let fill = String(repeating: " ", count: max(0, width - of(text)))
        return leftAligned ? text + fill : fill + text
    }
}
