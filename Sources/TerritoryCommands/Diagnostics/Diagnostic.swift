/// One problem found in a territory's files or a command's input.
///
/// Printed as `FILE:LINE:COLUMN: SEVERITY: MESSAGE; FIX` — the location parts that are unknown are left
/// out (`rules.json: error: …`, `warning: …`), so editors and terminals can jump to the spot.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The input cannot be used; the command stops with exit code 65.
        case error
        /// The input is used, but something deserves a look.
        case warning
        /// Information, e.g. an ignored column.
        case note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// The file name as the user knows it (e.g. `doctors.csv`); nil for messages about no file.
    public var file: String?
    /// 1-based line in `file`.
    public var line: Int?
    /// 1-based column (field number in a CSV record, character in JSON).
    public var column: Int?
    /// What is wrong.
    public var message: String
    /// How to fix it; nil when the message says it all.
    public var fix: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, file: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String, fix: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
    }

    /// An error.
    public static func error(file: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, column: column, message, fix: fix)
    }

    /// A warning.
    public static func warning(file: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, column: column, message, fix: fix)
    }

    /// A note.
    public static func note(file: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.note, file: file, line: line, column: column, message, fix: fix)
    }

    /// The one-line form: `doctors.csv:14:6: error: unknown title "主冶医师" (column 职称); expected one of …`.
    public var description: String {
        var location = ""
        if let file {
            location = file
            if let line {
                location += ":\(line)"
                if let column { location += ":\(column)" }
            }
            location += ": "
        }
        return location + severity.rawValue + ": " + message + (fix.map { "; " + $0 } ?? "")
    }
}
