/// A zone (区) of the nine-grid: a group of cells sharing a colour, a priority and tactics.
public struct Zone: Sendable, Hashable, Codable {
    /// Stable identifier used in files and JSON: "red", "yellow", "blue" by default.
    public var id: String
    /// Chinese name shown to users, e.g. 红区.
    public var name: String
    /// English name, e.g. "Red zone".
    public var englishName: String
    /// Display colour as `#rrggbb`.
    public var color: String
    /// The cells that belong to this zone.
    public var cells: [Cell]
    /// Coaching tactics in Chinese, one line each.
    public var tactics: [String]
    /// Coaching tactics in English, one line each.
    public var englishTactics: [String]
    /// The one-line cue printed beside each visit, in Chinese.
    public var cue: String
    /// The one-line cue in English.
    public var englishCue: String

    /// Creates a zone.
    public init(
        id: String, name: String, englishName: String, color: String, cells: [Cell],
        tactics: [String], englishTactics: [String], cue: String, englishCue: String
    ) {
        self.id = id
        self.name = name
        self.englishName = englishName
        self.color = color
        self.cells = cells
        self.tactics = tactics
        self.englishTactics = englishTactics
        self.cue = cue
        self.englishCue = englishCue
    }

    /// The name in the requested language.
    public func name(english: Bool) -> String { english ? englishName : name }
    /// The cue in the requested language.
    public func cue(english: Bool) -> String { english ? englishCue : cue }
    /// The tactics in the requested language.
    public func tactics(english: Bool) -> [String] { english ? englishTactics : tactics }

    /// 红区: A1, A2, B1, B2 — keep and grow current use.
    public static let red = Zone(
        id: "red", name: "红区", englishName: "Red zone", color: "#d9534f",
        cells: [.a1, .a2, .b1, .b2],
        tactics: [
            "巩固并推进现有处方，持续强调产品核心利益，配合学术教育",
            "合规的低值品牌提示物",
            "科室会等群体推广，把该医生的用药经验传递给同行",
            "开拓并推广新适应症与新用法",
            "警惕竞品攻击，关注过度使用",
            "主管、地区经理或产品经理协访",
            "高频拜访，例如每月 8 次",
            "座右铭：每天从零开始，熟悉不是失礼的借口",
        ],
        englishTactics: [
            "Hold and advance current prescribing; keep reminding the key benefits, with education",
            "Compliant, low-value brand reminder items",
            "Group selling (department meetings); spread this doctor's own experience to peers",
            "Open and promote new indications and uses",
            "Watch for competitor attacks and for over-use",
            "Co-visits by supervisor, district manager or product manager",
            "High frequency, e.g. 8 visits a month",
            "Motto: every day starts from zero; familiarity is no excuse for discourtesy",
        ],
        cue: "巩固推进处方，强调核心利益；警惕竞品",
        englishCue: "Hold and grow use; remind key benefits; watch competitors")

    /// 黄区: A3, B3 — win first use.
    public static let yellow = Zone(
        id: "yellow", name: "黄区", englishName: "Yellow zone", color: "#f0ad4e",
        cells: [.a3, .b3],
        tactics: [
            "建立产品认知，再激发对产品亮点的兴趣",
            "积极使用文献、资料和样品",
            "挖掘医生的深层需求，深度重于广度",
            "把握关键时刻；医生是被打动的，不是被磨倒的",
            "坚持而不急躁；中高频拜访，例如每月 2–4 次",
            "座右铭：信息充分，没有攻不下的医生；时间证明诚意",
        ],
        englishTactics: [
            "Build awareness of the product, then interest in its highlights",
            "Use literature, materials and samples actively",
            "Dig for the doctor's deeper needs; depth matters more than breadth",
            "Use the moments of truth; a doctor is moved, not worn down",
            "Stay with it, without haste; medium-high frequency, e.g. 2-4 visits a month",
            "Motto: with enough information no doctor is out of reach; time proves intent",
        ],
        cue: "建立认知，用文献资料打动；挖掘深层需求",
        englishCue: "Build awareness; use literature and samples; find deeper needs")

    /// 蓝区: C1, C2, C3 — low potential, ride along.
    public static let blue = Zone(
        id: "blue", name: "蓝区", englishName: "Blue zone", color: "#5b9bd5",
        cells: [.c1, .c2, .c3],
        tactics: [
            "优先级最低：应邀拜访，或电话、邮件联系",
            "已在该医院拜访红区、黄区医生时顺访",
        ],
        englishTactics: [
            "Lowest priority: visit on request, or by phone or mail",
            "Drop in when already at that hospital for red or yellow doctors",
        ],
        cue: "顺访，保持联系",
        englishCue: "Drop in while at the hospital; keep in touch")
}
