import Foundation

/// Reads best-known values from a CSV whose first column is the instance name.
enum BestKnown {
    /// Value of column `valueColumn` by instance name; empty when the file is missing.
    static func read(path: String, valueColumn: Int) -> [String: Double] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var values: [String: Double] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            if f.count > valueColumn, let v = Double(f[valueColumn]) { values[String(f[0])] = v }
        }
        return values
    }
}
