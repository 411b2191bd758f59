/// A doctor's potential grade (客户分级) from the score bands: A highest.
public enum Grade: Int, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// A: 8–12 by default.
    case a = 0
    /// B: 4–7 by default.
    case b = 1
    /// C: 1–3 by default.
    case c = 2

    /// "A", "B" or "C".
    public var letter: String {
        switch self {
        case .a: "A"
        case .b: "B"
        case .c: "C"
        }
    }

    /// Parses "A"/"B"/"C" in either case.
    public init?(letter: String) {
        switch letter.trimmingWhitespace().uppercased() {
        case "A": self = .a
        case "B": self = .b
        case "C": self = .c
        default: return nil
        }
    }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rawValue < rhs.rawValue }
}
