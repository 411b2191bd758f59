/// JSON allows a key twice in one object and JSONSerialization keeps one of the two silently, so a
/// rules.json that sets `service_minutes` twice would plan with whichever it kept (`rules-duplicate-key`).
extension RulesParser {
    /// Every key that appears twice in one object: the key, where it appears again (character offset) and
    /// the line of its first appearance. The text must already parse as JSON; anything else is
    /// scanned without trapping (a stray bracket is ignored).
    ///
    /// Scans Unicode scalars, not characters: a quote followed by a combining mark is one
    /// `Character` but still closes a JSON string (the fuzzer found that one).
    ///
    /// - Complexity: O(n) in the scalars of the text.
    func duplicateKeys() -> [(key: String, offset: Int, firstLine: Int)] {
        var out: [(String, Int, Int)] = []
        var objects: [[String: Int]] = []  // per open object: key → line of its first appearance
        var containers: [Unicode.Scalar] = []
        let chars = Array(text.unicodeScalars)
        let offsets = Self.characterOffsets(of: text)
        var i = 0
        var line = 1
        var lastString: (text: String, offset: Int, line: Int)? = nil
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\n": line += 1
            case "\"":
                var s = String.UnicodeScalarView()
                var j = i + 1
                while j < chars.count, chars[j] != "\"" {
                    if chars[j] == "\\", j + 1 < chars.count {
                        s.append(chars[j])
                        j += 1
                    }
                    s.append(chars[j])
                    j += 1
                }
                lastString = (String(s), offsets[i], line)
                i = j + 1
                continue
            case ":":
                if containers.last == "{", let key = lastString, !objects.isEmpty {
                    if let first = objects[objects.count - 1][key.text] {
                        out.append((key.text, key.offset, first))
                    } else {
                        objects[objects.count - 1][key.text] = key.line
                    }
                }
            case "{":
                containers.append("{")
                objects.append([:])
            case "}":
                if containers.popLast() == "{" { _ = objects.popLast() }
            case "[": containers.append("[")
            case "]": _ = containers.popLast()
            default: break
            }
            if !c.properties.isWhitespace { lastString = nil }  // a key is the string right before its colon
            i += 1
        }
        return out
    }

    /// The character offset (as `position(ofOffset:)` counts) of every scalar of `text`.
    static func characterOffsets(of text: String) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for (k, character) in text.enumerated() {
            for _ in character.unicodeScalars { out.append(k) }
        }
        return out
    }

    /// Records `rules-duplicate-key` errors.
    mutating func checkDuplicateKeys() {
        for (key, offset, firstLine) in duplicateKeys() {
            let p = position(ofOffset: offset)
            diagnostics.append(
                Diagnostic.error(
                    file: RulesReader.fileName, line: p.line, column: p.column,
                    "key \"\(key)\" appears again in the same object (first on line \(firstLine)); only one of the two would be used",
                    fix: "keep one of them"
                )
                .coded("rules-duplicate-key", zh: "键 \"\(key)\" 在同一对象中重复出现（第一次在第 \(firstLine) 行）；只会用其中一个", fix: "只保留一个"))
        }
    }
}
