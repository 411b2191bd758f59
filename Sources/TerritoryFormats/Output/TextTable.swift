/// A plain-text table aligned by display width (CJK-aware), columns separated by two spaces.
public struct TextTable: Sendable {
    /// Column headings.
    public var header: [String]
    /// Rows of cells, each as long as `header`.
    public var rows: [[String]]
    /// Columns aligned right (numbers); the others align left.
    public var rightAligned: Set<Int>

    /// Creates a table.
    public init(header: [String], rows: [[String]] = [], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The table as lines ending in `\n`, without trailing spaces; every cell made inert and at most
    /// `TerminalText.maxColumns` wide first, so user text cannot break a row or the terminal.
    public func render() -> String {
        let all = ([header] + rows).map { $0.map { TerminalText.inert($0) } }
        var widths = Array(repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        var out = ""
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() where i < widths.count {
                if i > 0 { line += "  " }
                line += DisplayWidth.pad(cell, to: widths[i], leftAligned: !rightAligned.contains(i))
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
