/// A hospital's official level (医院等级); the 甲/乙/丙 sub-grades do not change the tier.
public enum HospitalLevel: Int, Sendable, Hashable, CaseIterable, Codable {
    /// 三级 (tertiary), including 三级甲等, 三甲, 3A and 三级特等.
    case tertiary = 3
    /// 二级 (secondary).
    case secondary = 2
    /// 一级 (primary).
    case primary = 1
    /// 未定级: not rated.
    case unrated = 0

    /// The Chinese label shown to users.
    public var label: String {
        switch self {
        case .tertiary: "三级"
        case .secondary: "二级"
        case .primary: "一级"
        case .unrated: "未定级"
        }
    }

    /// The English label.
    public var englishLabel: String {
        switch self {
        case .tertiary: "tertiary"
        case .secondary: "secondary"
        case .primary: "primary"
        case .unrated: "unrated"
        }
    }

    /// The tier a hospital of this level gets when its revenue is unknown.
    public var tierWithoutRevenue: Tier {
        switch self {
        case .tertiary: .t1
        case .secondary: .t2
        case .primary, .unrated: .t3
        }
    }

    /// Every spelling accepted in a `level` column, for messages and suggestions.
    /// The plain level names come first, so a tie in suggestions prefers them (三纪 → 三级, not 三甲).
    public static let acceptedSpellings: [String] = [
        "三级", "二级", "一级", "未定级",
        "三级甲等", "三级乙等", "三级丙等", "三级特等", "三甲", "三乙", "3A", "3",
        "二级甲等", "二级乙等", "二级丙等", "二甲", "二乙", "2A", "2",
        "一级甲等", "一级乙等", "一级丙等", "一甲", "1",
        "tertiary", "secondary", "primary", "unrated",
    ]

    /// The spellings an error message lists.
    public static let shownSpellings = ["三级甲等", "三甲", "三级", "二级甲等", "二级", "一级", "未定级", "3", "2", "1", "tertiary", "secondary", "primary"]

    /// Parses a level as users write it; nil when unrecognised.
    public init?(parsing text: String) {
        let t = text.trimmingWhitespace().lowercased().replacingFullWidthDigits()
        if t.isEmpty { return nil }
        if ["未定级", "unrated", "0", "无", "none", "其他", "other"].contains(t) {
            self = .unrated
            return
        }
        if ["tertiary", "3", "3a", "3b", "3c", "3级"].contains(t) || t.hasPrefix("三级") || t.hasPrefix("三甲") || t.hasPrefix("三乙") || t.hasPrefix("三丙") {
            self = .tertiary
            return
        }
        if ["secondary", "2", "2a", "2b", "2c", "2级"].contains(t) || t.hasPrefix("二级") || t.hasPrefix("二甲") || t.hasPrefix("二乙") || t.hasPrefix("二丙") {
            self = .secondary
            return
        }
        if ["primary", "1", "1a", "1级"].contains(t) || t.hasPrefix("一级") || t.hasPrefix("一甲") || t.hasPrefix("一乙") {
            self = .primary
            return
        }
        return nil
    }
}
