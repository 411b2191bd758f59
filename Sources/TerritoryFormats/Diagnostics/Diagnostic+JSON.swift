/// A diagnostic as an entry of a JSON document (plan.json's `warnings`).
extension Diagnostic {
    /// `{"code", "severity", "file", "line", "column", "message"}`: the catalogue code (territories/BAD-INPUT.md)
    /// or null, and the English message with its fix; absent locations are null.
    var jsonValue: JSONValue {
        .object([
            ("code", .string(code)),
            ("severity", .string(severity.rawValue)),
            ("file", .string(file)),
            ("line", line.map { .int($0) } ?? .null),
            ("column", column.map { .int($0) } ?? .null),
            ("message", .string(message + (fix.map { "; " + $0 } ?? ""))),
        ])
    }
}
