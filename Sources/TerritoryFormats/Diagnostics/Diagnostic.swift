/// One problem found in a territory's files or a command's input.
///
/// Printed as `FILE:LINE:COLUMN: SEVERITY: MESSAGE; FIX` (`FILE:LINE:COLUMN: 错误：MESSAGE；FIX` in Chinese) — the location parts that are unknown are left
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

        /// 错误, 警告 or 提示: the label of a Chinese diagnostic.
        public var chinese: String { self == .error ? "错误" : self == .warning ? "警告" : "提示" }

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
    /// The class of bad input this is, as territories/BAD-INPUT.md names it (e.g. `window-too-short`);
    /// nil for diagnostics not in the catalogue.
    public var code: String?
    /// The message and fix in Chinese, shown by default (`--lang zh`); nil when only English exists.
    public var chinese: (message: String, fix: String?)? {
        get { chineseMessage.map { ($0, chineseFix) } }
        set {
            chineseMessage = newValue?.message
            chineseFix = newValue?.fix
        }
    }
    private var chineseMessage: String?
    private var chineseFix: String?

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

    /// The diagnostic with a catalogue code and a Chinese text.
    public func coded(_ code: String, zh message: String? = nil, fix: String? = nil) -> Diagnostic {
        var d = self
        d.code = code
        if let message { d.chinese = (message, fix) }
        return d
    }

    /// The diagnostic with a Chinese text (shown by default) and no catalogue code.
    public func zh(_ message: String, fix: String? = nil) -> Diagnostic {
        var d = self
        d.chinese = (message, fix)
        return d
    }

    /// The one-line form: `doctors.csv:14:6: error: unknown title "主冶医师" (column 职称); expected one of …`.
    public var description: String { rendered(in: .en) }

    /// The one-line form in `language`: in zh the severity is 错误/警告/提示 and the text Chinese when a Chinese
    /// text exists (else the English one). Control, bidirectional-override and invisible characters of user text are shown as
    /// `<U+XXXX>`, so a diagnostic is always one inert line in a terminal.
    public func rendered(in language: Language) -> String {
        let (text, help) = language == .zh && chineseMessage != nil ? (chineseMessage!, chineseFix) : (message, fix)
        // The location stays first in both languages (`doctors.csv:14:6: 错误：…`), so editors still jump to it.
        let severityLabel = Phrases.severity(severity, in: language)
        // A Chinese text takes the full-width semicolon before its fix, as Chinese punctuation does.
        let sep = language == .zh && chineseMessage != nil ? "；" : "; "
        var location = ""
        if let file {
            location = file
            if let line {
                location += ":\(line)"
                if let column { location += ":\(column)" }
            }
            location += ": "
        }
        return Diagnostic.visible(location + severityLabel + text + (help.map { sep + $0 } ?? ""))
    }

    /// Whether a scalar is invisible or reorders text in a terminal: C0/C1 controls, bidirectional
    /// embeddings, overrides and isolates, zero-width characters and the BOM.
    public static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0xFEFF || v == 0x2028 || v == 0x2029
    }

    /// `text` with every invisible scalar written as `<U+XXXX>`.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            if isInvisible(s) {
                let hex = String(s.value, radix: 16, uppercase: true)
                out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
