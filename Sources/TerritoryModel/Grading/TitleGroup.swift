/// The title group (职称) that, with the hospital tier, sets a doctor's potential score.
public enum TitleGroup: String, Sendable, Hashable, CaseIterable, Codable {
    /// 副主任医师 and above (主任医师, 副主任医师, 教授/副教授 on the clinical track).
    case senior
    /// 主治医师.
    case attending
    /// 住院医师 and below (医师, 医士, 规培).
    case resident

    /// The Chinese label of the group.
    public var label: String {
        switch self {
        case .senior: "副主任以上"
        case .attending: "主治医师"
        case .resident: "住院医师"
        }
    }

    /// Every spelling accepted in a `title` column with its group, in the order suggestions list them: the one
    /// vocabulary that parsing, messages and "did you mean" all read.
    public static let spellings: [(spelling: String, group: TitleGroup)] =
        [
            "主任医师", "副主任医师", "教授", "副教授", "主任", "副主任", "主任医生", "副主任医生", "chief", "chief physician",
            "associate chief", "associate chief physician", "professor", "associate professor",
        ].map {
            ($0, .senior)
        } + ["主治医师", "主治", "主治医生", "attending", "attending physician"].map { ($0, .attending) }
        + [
            "住院医师", "医师", "医士", "规培", "规培医师", "规培生", "住院医生", "resident", "resident physician", "physician", "trainee",
        ].map { ($0, .resident) }

    /// Every spelling accepted in a `title` column.
    public static let acceptedSpellings: [String] = spellings.map(\.spelling)

    /// The spellings an error message lists (a short, representative choice of `acceptedSpellings`).
    public static let shownSpellings = ["主任医师", "副主任医师", "主治医师", "住院医师", "医师", "chief", "associate chief", "attending", "resident"]

    /// Parses a title as users write it (letter case and runs of spaces ignored); nil when unrecognised.
    public init?(parsing text: String) {
        let t = text.trimmingWhitespace().lowercased().collapsingSpaces()
        guard let group = Self.groupOfSpelling[t] else { return nil }
        self = group
    }

    /// `spellings` by spelling.
    static let groupOfSpelling = Dictionary(spellings.map { ($0.spelling, $0.group) }, uniquingKeysWith: { first, _ in first })
}
