/// Builds an iCalendar document line by line: properties with parameters, TEXT values escaped,
/// every line folded and ended with CRLF.
public struct ICSWriter: Sendable {
    /// The document so far.
    public private(set) var text = ""

    /// An empty document.
    public init() {}

    /// `NAME[;PARAM=VALUE…]:VALUE` with the value written as given (dates, numbers, `BEGIN`/`END`).
    public mutating func raw(_ name: String, _ value: String, parameters: [(String, String)] = []) {
        let params = parameters.map { ";\($0.0)=\($0.1)" }.joined()
        text += ICSText.fold(name + params + ":" + value)
    }

    /// A property whose value is TEXT, escaped per RFC 5545 §3.3.11.
    public mutating func text(_ name: String, _ value: String, parameters: [(String, String)] = []) {
        raw(name, ICSText.escape(value), parameters: parameters)
    }

    /// `BEGIN:COMPONENT`.
    public mutating func begin(_ component: String) { raw("BEGIN", component) }
    /// `END:COMPONENT`.
    public mutating func end(_ component: String) { raw("END", component) }
}
