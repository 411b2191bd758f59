/// Current prescription behaviour for our product (处方行为), scored 1–3.
public enum Behavior: Int, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// 1 = 首选: our product is the first choice.
    case firstChoice = 1
    /// 2 = 次选: second choice or second-line use.
    case secondChoice = 2
    /// 3 = 竞品: uses a competitor, does not use ours, or has only started to try it.
    case competitor = 3

    /// The Chinese label: 首选, 次选, 竞品.
    public var label: String {
        switch self {
        case .firstChoice: "首选"
        case .secondChoice: "次选"
        case .competitor: "竞品"
        }
    }

    /// The English label.
    public var englishLabel: String {
        switch self {
        case .firstChoice: "first choice"
        case .secondChoice: "second choice"
        case .competitor: "competitor"
        }
    }

    /// Every spelling accepted in a `behaviour` column with its behaviour: the one vocabulary that parsing,
    /// messages and "did you mean" all read.
    public static let spellings: [(spelling: String, behavior: Behavior)] =
        ["1", "首选", "first choice", "first", "first-choice", "firstchoice"].map { ($0, .firstChoice) }
        + ["2", "次选", "second choice", "second", "second-choice", "secondchoice", "second line", "second-line"].map { ($0, .secondChoice) }
        + ["3", "竞品", "competitor", "not using", "未使用", "试用"].map { ($0, .competitor) }

    /// Every spelling accepted in a `behaviour` column.
    public static let acceptedSpellings: [String] = spellings.map(\.spelling)

    /// The spellings an error message lists.
    public static let shownSpellings = ["首选", "次选", "竞品", "1", "2", "3", "first choice", "second choice", "competitor"]

    /// Parses a behaviour as users write it (case, spaces and full-width digits ignored); nil when unrecognised.
    public init?(parsing text: String) {
        let t = text.trimmingWhitespace().lowercased().collapsingSpaces().replacingFullWidthDigits()
        guard let behavior = Self.behaviorOfSpelling[t] else { return nil }
        self = behavior
    }

    /// `spellings` by spelling.
    static let behaviorOfSpelling = Dictionary(spellings.map { ($0.spelling, $0.behavior) }, uniquingKeysWith: { first, _ in first })

    public static func < (lhs: Behavior, rhs: Behavior) -> Bool { lhs.rawValue < rhs.rawValue }
}
