/// The nine-grid movement matrix: how many doctors went from each cell of the earlier snapshot to
/// each cell of the later one, with "not listed" as a tenth row (doctors who entered the list) and
/// a tenth column (doctors who left it).
public struct MovementMatrix: Sendable, Hashable {
    /// Number of rows and columns: the nine cells, then "not listed".
    public static let size = 10
    /// Index of the "not listed" row and column.
    public static let notListed = 9

    /// Counts row-major: `counts[before * 10 + after]`; index 0…8 are `Cell.all` (A1 … C3), 9 not listed.
    public private(set) var counts: [Int]

    /// An all-zero matrix.
    public init() { counts = Array(repeating: 0, count: Self.size * Self.size) }

    /// The row or column of a cell, `notListed` for nil.
    public static func index(of cell: Cell?) -> Int {
        guard let cell else { return notListed }
        return Cell.all.firstIndex(of: cell) ?? notListed
    }

    /// The cell of a row or column index, nil for `notListed`.
    public static func cell(at index: Int) -> Cell? { index < Cell.all.count ? Cell.all[index] : nil }

    /// Doctors that went from `before` to `after` (nil: not listed).
    public subscript(before: Cell?, after: Cell?) -> Int {
        counts[Self.index(of: before) * Self.size + Self.index(of: after)]
    }

    /// Counts one doctor going from `before` to `after`.
    public mutating func add(from before: Cell?, to after: Cell?) {
        counts[Self.index(of: before) * Self.size + Self.index(of: after)] += 1
    }

    /// The count at a row and column index.
    public func count(row: Int, column: Int) -> Int { counts[row * Self.size + column] }

    /// Doctors in row `row` (for a cell: doctors in that cell before).
    public func rowTotal(_ row: Int) -> Int { (0..<Self.size).reduce(0) { $0 + count(row: row, column: $1) } }

    /// Doctors in column `column` (for a cell: doctors in that cell after).
    public func columnTotal(_ column: Int) -> Int { (0..<Self.size).reduce(0) { $0 + count(row: $1, column: column) } }

    /// Doctors whose cell stayed the same (the diagonal over the nine cells).
    public var unchanged: Int { (0..<Cell.all.count).reduce(0) { $0 + count(row: $1, column: $1) } }
}
