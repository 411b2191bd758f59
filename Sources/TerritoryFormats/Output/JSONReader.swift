/// A JSON value read from text, with the line and column (1-based, in characters) where it starts,
/// so a reader of a typed file can say `plan.json:12:7: …` about a value that is wrong.
public struct JSONNode: Sendable {
    /// What the value is.
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        /// The number as written.
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in file order.
        case object([(String, JSONNode)])
    }

    /// The value.
    public var kind: Kind
    /// Line of the value's first character, 1-based.
    public var line: Int
    /// Column of the value's first character, 1-based.
    public var column: Int

    /// The member `key` of an object (the last one when repeated); nil for a missing key or a non-object.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = kind else { return nil }
        return members.last { $0.0 == key }?.1
    }

    /// The string, or nil.
    public var string: String? {
        if case .string(let s) = kind { return s }
        return nil
    }
    /// A whole number, or nil.
    public var int: Int? {
        if case .number(let n) = kind { return Int(n) }
        return nil
    }
    /// The items of an array, or nil.
    public var array: [JSONNode]? {
        if case .array(let a) = kind { return a }
        return nil
    }
    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }
}

/// A syntax error in JSON text, at a line and column.
public struct JSONSyntaxError: Error, Sendable {
    /// What is wrong.
    public var message: String
    /// The same in Chinese.
    public var chinese: String = ""
    /// Line, 1-based.
    public var line: Int
    /// Column, 1-based.
    public var column: Int
}

/// Reads JSON (RFC 8259) into `JSONNode`s that know where they came from.
public enum JSONReader {
    /// Parses a whole document.
    ///
    /// - Complexity: O(characters).
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        var p = Parser(scalars: Array(text.unicodeScalars))
        p.skipSpace()
        if p.peek == "\u{FEFF}" {
            p.advance()
            p.skipSpace()
        }
        let value = try p.value(depth: 0)
        p.skipSpace()
        if p.index < p.scalars.count { throw p.error("unexpected text after the JSON value", "JSON 值之后还有多余的文字") }
        return value
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var column = 1

        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }

        func error(_ message: String, _ chinese: String) -> JSONSyntaxError {
            JSONSyntaxError(
                message: index < scalars.count ? message : "the file ends early: \(message)",
                chinese: index < scalars.count ? chinese : "文件提前结束：\(chinese)", line: line, column: column)
        }

        mutating func skipSpace() {
            while let c = peek, c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
        }

        mutating func expect(_ word: String) throws(JSONSyntaxError) {
            for s in word.unicodeScalars {
                guard peek == s else { throw error("expected \(word)", "应为 \(word)") }
                advance()
            }
        }

        mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONNode {
            guard depth < 256 else { throw error("nested too deeply", "嵌套太深") }
            let (l, c) = (line, column)
            guard let ch = peek else { throw error("unexpected end of file; a value was expected", "文件意外结束；应有一个值") }
            switch ch {
            case "{":
                advance()
                var members: [(String, JSONNode)] = []
                skipSpace()
                if peek == "}" {
                    advance()
                    return JSONNode(kind: .object([]), line: l, column: c)
                }
                while true {
                    skipSpace()
                    guard peek == "\"" else { throw error("expected a key in double quotes", "应为双引号括起的键") }
                    let key = try string()
                    skipSpace()
                    guard peek == ":" else { throw error("expected ':' after the key \"\(key)\"", "键 \"\(key)\" 之后应为 ':'") }
                    advance()
                    skipSpace()
                    members.append((key, try value(depth: depth + 1)))
                    skipSpace()
                    if peek == "," {
                        advance()
                        continue
                    }
                    if peek == "}" {
                        advance()
                        break
                    }
                    throw error("expected ',' or '}' (a missing comma?)", "应为 ',' 或 '}'（少了逗号？）")
                }
                return JSONNode(kind: .object(members), line: l, column: c)
            case "[":
                advance()
                var items: [JSONNode] = []
                skipSpace()
                if peek == "]" {
                    advance()
                    return JSONNode(kind: .array([]), line: l, column: c)
                }
                while true {
                    skipSpace()
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    if peek == "," {
                        advance()
                        continue
                    }
                    if peek == "]" {
                        advance()
                        break
                    }
                    throw error("expected ',' or ']' (a missing comma?)", "应为 ',' 或 ']'（少了逗号？）")
                }
                return JSONNode(kind: .array(items), line: l, column: c)
            case "\"":
                return JSONNode(kind: .string(try string()), line: l, column: c)
            case "t":
                try expect("true")
                return JSONNode(kind: .bool(true), line: l, column: c)
            case "f":
                try expect("false")
                return JSONNode(kind: .bool(false), line: l, column: c)
            case "n":
                try expect("null")
                return JSONNode(kind: .null, line: l, column: c)
            default:
                var text = ""
                while let d = peek, "+-0123456789.eE".unicodeScalars.contains(d) {
                    text.unicodeScalars.append(d)
                    advance()
                }
                guard !text.isEmpty, Double(text) != nil else {
                    throw JSONSyntaxError(
                        message: "expected a value (a string in double quotes, a number, true, false, null, [ or {)",
                        chinese: "应有一个值（双引号字符串、数字、true、false、null、[ 或 {）", line: l, column: c)
                }
                return JSONNode(kind: .number(text), line: l, column: c)
            }
        }

        mutating func string() throws(JSONSyntaxError) -> String {
            advance()  // the opening quote
            var out = String.UnicodeScalarView()
            while true {
                guard let ch = peek else { throw error("unterminated string", "字符串没有结束") }
                if ch == "\"" {
                    advance()
                    break
                }
                if ch.value < 0x20 { throw error("a control character inside a string; write it as \\n or \\t", "字符串中有控制字符；请写成 \\n 或 \\t") }
                if ch != "\\" {
                    out.append(ch)
                    advance()
                    continue
                }
                advance()
                guard let e = peek else { throw error("unterminated string", "字符串没有结束") }
                advance()
                switch e {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u":
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), peek == "\\" {
                        advance()
                        guard peek == "u" else { throw error("expected a low surrogate \\u escape", "应为低位代理的 \\u 转义") }
                        advance()
                        let low = try hex4()
                        // A high surrogate must be followed by a low one (the fuzzer found `\uD800\u0041`).
                        guard (0xDC00..<0xE000).contains(low) else { throw error("expected a low surrogate \\u escape", "应为低位代理的 \\u 转义") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let s = Unicode.Scalar(code) else { throw error("invalid \\u escape", "无效的 \\u 转义") }
                    out.append(s)
                default: throw error("invalid escape \\\(e)", "无效的转义 \\\(e)")
                }
            }
            return String(out)
        }

        mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard let ch = peek, let d = Int(String(ch), radix: 16) else { throw error("expected four hex digits after \\u", "\\u 之后应为四位十六进制数字") }
                v = v * 16 + UInt32(d)
                advance()
            }
            return v
        }
    }
}
