import TerritoryModel

/// What came of a call a rep logged (状态 in calls.csv).
public enum CallStatus: String, Sendable, Hashable, CaseIterable {
    /// 已完成: the rep saw the doctor; the only status that counts as a visit.
    case done
    /// 取消: the call did not happen (the rep or the hospital called it off).
    case cancelled
    /// 未见到: the rep went but did not see the doctor.
    case notMet = "not_met"

    /// The Chinese label: 已完成, 取消, 未见到.
    public var label: String {
        switch self {
        case .done: "已完成"
        case .cancelled: "取消"
        case .notMet: "未见到"
        }
    }

    /// The English label: done, cancelled, not met.
    public var englishLabel: String {
        switch self {
        case .done: "done"
        case .cancelled: "cancelled"
        case .notMet: "not met"
        }
    }

    /// The spellings listed in messages and documentation, English first.
    public static let shownSpellings: [String] = ["done", "cancelled", "not_met", "已完成", "取消", "未见到"]

    /// Every spelling accepted in a `status` column (for "did you mean" hints).
    public static let acceptedSpellings: [String] =
        shownSpellings + [
            "完成", "已拜访", "canceled", "已取消", "not met", "未见", "未见面",
        ]

    /// Parses a status as users write it (case, spaces, `_`/`-` ignored); nil when unrecognised.
    public init?(parsing text: String) {
        let t = String(text.trimmingWhitespace().lowercased().collapsingSpaces().map { $0 == "_" || $0 == "-" ? " " : $0 })
        switch t {
        case "done", "已完成", "完成", "已拜访": self = .done
        case "cancelled", "canceled", "取消", "已取消": self = .cancelled
        case "not met", "notmet", "未见到", "未见", "未见面": self = .notMet
        default: return nil
        }
    }
}
