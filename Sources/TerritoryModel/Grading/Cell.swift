/// A nine-grid cell (客户级别): a grade letter and a behaviour digit, A1 … C3.
public struct Cell: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The potential grade (row of the grid).
    public let grade: Grade
    /// The prescription behaviour (column of the grid).
    public let behavior: Behavior

    /// Creates the cell of a grade and a behaviour.
    public init(grade: Grade, behavior: Behavior) {
        self.grade = grade
        self.behavior = behavior
    }

    /// "A1" … "C3".
    public var id: String { grade.letter + String(behavior.rawValue) }
    /// Same as `id`.
    public var description: String { id }

    /// Parses "A1" … "C3" (case-insensitive); nil otherwise.
    public init?(id: String) {
        let t = id.trimmingWhitespace().uppercased()
        guard t.count == 2, let g = Grade(letter: String(t.prefix(1))),
            let digit = Int(String(t.suffix(1))), let b = Behavior(rawValue: digit)
        else { return nil }
        self.init(grade: g, behavior: b)
    }

    /// All nine cells, row by row: A1, A2, A3, B1 … C3.
    public static let all: [Cell] = Grade.allCases.flatMap { g in Behavior.allCases.map { Cell(grade: g, behavior: $0) } }

    /// Order: grade first, then behaviour (A1 < A2 < … < C3).
    public static func < (lhs: Cell, rhs: Cell) -> Bool {
        (lhs.grade, lhs.behavior) < (rhs.grade, rhs.behavior)
    }

    /// A1.
    public static let a1 = Cell(grade: .a, behavior: .firstChoice)
    /// A2.
    public static let a2 = Cell(grade: .a, behavior: .secondChoice)
    /// A3.
    public static let a3 = Cell(grade: .a, behavior: .competitor)
    /// B1.
    public static let b1 = Cell(grade: .b, behavior: .firstChoice)
    /// B2.
    public static let b2 = Cell(grade: .b, behavior: .secondChoice)
    /// B3.
    public static let b3 = Cell(grade: .b, behavior: .competitor)
    /// C1.
    public static let c1 = Cell(grade: .c, behavior: .firstChoice)
    /// C2.
    public static let c2 = Cell(grade: .c, behavior: .secondChoice)
    /// C3.
    public static let c3 = Cell(grade: .c, behavior: .competitor)
}
