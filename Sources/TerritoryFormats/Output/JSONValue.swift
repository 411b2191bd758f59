/// A JSON value whose objects keep their keys in a chosen, stable order.
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` / `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int64)
    /// A number with a fraction, written in the shortest form that reads back exactly.
    case double(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; keys are written in this order.
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { JSONWriter.render(a) == JSONWriter.render(b) }
    public func hash(into h: inout Hasher) { h.combine(JSONWriter.render(self)) }

    /// An integer value.
    public static func int(_ v: Int) -> JSONValue { .int(Int64(v)) }
    /// A string or null.
    public static func string(_ v: String?) -> JSONValue { v.map { .string($0) } ?? .null }
}

/// Writes `JSONValue`s deterministically: the same value gives the same bytes.
public enum JSONWriter {
    /// Pretty-printed JSON with two-space indentation and a final line break; keys in the object's order,
    /// or sorted when `sortKeys`. Non-ASCII text is written as UTF-8, not escaped.
    public static func render(_ value: JSONValue, sortKeys: Bool = false, pretty: Bool = true) -> String {
        var out = ""
        write(value, into: &out, indent: 0, sortKeys: sortKeys, pretty: pretty)
        return pretty ? out + "\n" : out
    }

    private static func write(_ v: JSONValue, into out: inout String, indent: Int, sortKeys: Bool, pretty: Bool) {
        let nl = pretty ? "\n" : ""
        let pad = { (n: Int) in pretty ? String(repeating: "  ", count: n) : "" }
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if !d.isFinite { out += "null" } else if d == d.rounded(), abs(d) < 1e15 { out += String(Int64(d)) } else { out += String(d) }
        case .string(let s): out += quote(s)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "[" + nl
            for (i, item) in items.enumerated() {
                out += pad(indent + 1)
                write(item, into: &out, indent: indent + 1, sortKeys: sortKeys, pretty: pretty)
                out += (i < items.count - 1 ? "," : "") + nl
            }
            out += pad(indent) + "]"
        case .object(let pairs):
            if pairs.isEmpty {
                out += "{}"
                return
            }
            let ordered = sortKeys ? pairs.sorted { $0.0 < $1.0 } : pairs
            out += "{" + nl
            for (i, (key, item)) in ordered.enumerated() {
                out += pad(indent + 1) + quote(key) + (pretty ? ": " : ":")
                write(item, into: &out, indent: indent + 1, sortKeys: sortKeys, pretty: pretty)
                out += (i < ordered.count - 1 ? "," : "") + nl
            }
            out += pad(indent) + "}"
        }
    }

    /// A JSON string literal.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
