import Foundation
import TerritoryRouting

/// A symmetric TSPLIB instance with `EDGE_WEIGHT_TYPE : EUC_2D`.
public struct TSPInstance: Sendable {
    /// The `NAME` field (or the file name).
    public let name: String
    /// City coordinates, city `k` (1-based in the file) at index `k - 1`.
    public let x: [Double]
    /// See `x`.
    public let y: [Double]

    /// Creates an instance from coordinates.
    public init(name: String, x: [Double], y: [Double]) {
        self.name = name
        self.x = x
        self.y = y
    }

    /// TSPLIB's EUC_2D distance: Euclidean distance rounded to the nearest integer.
    public func distance(_ i: Int, _ j: Int) -> Int {
        let dx = x[i] - x[j]
        let dy = y[i] - y[j]
        return Int((dx * dx + dy * dy).squareRoot() + 0.5)
    }

    /// Length of a closed tour through city indices (0-based), TSPLIB rounding.
    public func length(ofTour tour: [Int]) -> Int {
        guard let first = tour.first, let last = tour.last else { return 0 }
        var total = distance(last, first)
        for k in 1..<tour.count { total += distance(tour[k - 1], tour[k]) }
        return total
    }

    /// The solver's problem: city 1 is the depot, one day, one vehicle, one pattern.
    public func routingProblem() throws(RoutingProblemError) -> RoutingProblem {
        let n = x.count
        var travel = [Int32](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { travel[i * n + j] = Int32(distance(i, j)) } }
        return try RoutingProblem(
            clientCount: n - 1, dayCount: 1, travel: travel,
            service: Array(repeating: 0, count: n), demand: Array(repeating: 0, count: n),
            vehiclesPerDay: [1], capacity: 0,
            patternGroups: [[VisitPattern(days: 1)]], patternGroupOfNode: Array(repeating: 0, count: n))
    }

    /// Reads a TSPLIB file; errors name the file and line.
    public static func read(path: String) throws(BenchmarkError) -> TSPInstance {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BenchmarkError(exitCode: 66, "\(path): cannot read the file")
        }
        return try parse(text, file: path)
    }

    /// Parses TSPLIB text; `file` is used in error messages only.
    public static func parse(_ text: String, file: String) throws(BenchmarkError) -> TSPInstance {
        var name = (file as NSString).lastPathComponent
        var dimension = -1
        var inCoordinates = false
        var x: [Double] = []
        var y: [Double] = []
        for (k, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            if line == "EOF" { break }
            if inCoordinates {
                let f = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard f.count >= 3, let a = Double(f[1]), let b = Double(f[2]) else {
                    throw BenchmarkError.data(file, k + 1, "expected 'id x y'")
                }
                x.append(a)
                y.append(b)
                continue
            }
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            switch parts[0] {
            case "NAME": if parts.count > 1 { name = parts[1] }
            case "DIMENSION":
                guard parts.count > 1, let d = Int(parts[1]), d >= 2 else { throw BenchmarkError.data(file, k + 1, "bad DIMENSION") }
                dimension = d
            case "EDGE_WEIGHT_TYPE":
                guard parts.count > 1, parts[1] == "EUC_2D" else {
                    throw BenchmarkError.data(file, k + 1, "only EDGE_WEIGHT_TYPE EUC_2D is supported")
                }
            case "TYPE":
                guard parts.count > 1, parts[1] == "TSP" else { throw BenchmarkError.data(file, k + 1, "only TYPE TSP is supported") }
            case "NODE_COORD_SECTION": inCoordinates = true
            default: break
            }
        }
        guard dimension > 0 else { throw BenchmarkError.data(file, 1, "no DIMENSION") }
        guard x.count == dimension else {
            throw BenchmarkError.data(file, 1, "DIMENSION is \(dimension) but \(x.count) coordinates were given")
        }
        return TSPInstance(name: name, x: x, y: y)
    }
}
