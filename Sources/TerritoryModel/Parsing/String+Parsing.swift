extension String {
    /// The string without leading and trailing white space (including the ideographic space U+3000).
    public func trimmingWhitespace() -> String {
        // Fast path: printable ASCII at both ends has nothing to trim (no Unicode property lookups).
        if let f = utf8.first, let l = utf8.last, (0x21..<0x7F).contains(f), (0x21..<0x7F).contains(l) { return self }
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }

    /// Runs of white space folded to one ASCII space.
    public func collapsingSpaces() -> String {
        var out = ""
        var lastWasSpace = false
        for ch in self {
            if ch.isWhitespace || ch == "\u{3000}" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(ch)
                lastWasSpace = false
            }
        }
        return out
    }

    /// Full-width digits, letters, comma, point and colon (as typed with a Chinese IME) made ASCII.
    public func replacingFullWidthDigits() -> String {
        String(
            String.UnicodeScalarView(
                unicodeScalars.map { s -> Unicode.Scalar in
                    if (0xFF01...0xFF5E).contains(s.value) { return Unicode.Scalar(s.value - 0xFEE0)! }
                    if s.value == 0x3002 { return "." }  // 。
                    return s
                }))
    }
}

/// Finds the accepted spelling closest to what a user typed, for "did you mean" hints.
public enum Suggestion {
    /// The candidate with the smallest edit distance to `text`, or nil when none is reasonably close.
    ///
    /// - Complexity: O(candidates × |text| × |candidate|).
    public static func closest(to text: String, among candidates: [String]) -> String? {
        let t = Array(text.trimmingWhitespace().lowercased())
        guard !t.isEmpty else { return nil }
        var best: (String, Int)? = nil
        for c in candidates {
            let d = editDistance(t, Array(c.lowercased()))
            if best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(1, (max(t.count, candidate.count) + 1) / 2)
        return distance <= limit ? candidate : nil
    }

    /// Levenshtein distance between two character arrays.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = Swift.min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
