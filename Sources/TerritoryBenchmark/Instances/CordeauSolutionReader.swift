import Foundation

/// Reads Cordeau's published solution files (`cost` line, then `day vehicle duration load 0 … 0`).
public enum CordeauSolutionReader {
    /// The stated cost and the routes of the solution file at `path`.
    public static func read(path: String) throws(BenchmarkError) -> (cost: Double, routes: [BenchmarkRoute]) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BenchmarkError(exitCode: 66, "\(path): cannot read the file")
        }
        var cost: Double?
        var routes: [BenchmarkRoute] = []
        for (k, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let f = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if f.isEmpty { continue }
            if cost == nil {
                guard let c = Double(f[0]) else { throw BenchmarkError.data(path, k + 1, "expected the total cost") }
                cost = c
                continue
            }
            guard f.count >= 6, let day = Int(f[0]), let vehicle = Int(f[1]) else {
                throw BenchmarkError.data(path, k + 1, "expected 'day vehicle duration load 0 … 0'")
            }
            var customers: [Int] = []
            for token in f[4...] {
                guard let c = Int(token) else { throw BenchmarkError.data(path, k + 1, "customer '\(token)' is not an integer") }
                if c != 0 { customers.append(c) }
            }
            routes.append(BenchmarkRoute(day: day, vehicle: vehicle, customers: customers))
        }
        guard let total = cost else { throw BenchmarkError.data(path, 1, "empty solution file") }
        return (total, routes)
    }
}
