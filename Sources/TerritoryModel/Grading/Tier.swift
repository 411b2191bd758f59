/// A hospital's potential tier (T1 highest), from its level and annual revenue.
public enum Tier: Int, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// 三级 with revenue above the T1 threshold.
    case t1 = 1
    /// 二级 or higher with revenue above the T2 threshold, not T1.
    case t2 = 2
    /// Every other target hospital.
    case t3 = 3

    /// The label used in files and tables: "T1", "T2", "T3".
    public var label: String { "T\(rawValue)" }

    /// Parses "T1"/"t1"/"1".
    public init?(label: String) {
        switch label.trimmingWhitespace().uppercased() {
        case "T1", "1": self = .t1
        case "T2", "2": self = .t2
        case "T3", "3": self = .t3
        default: return nil
        }
    }

    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
}
