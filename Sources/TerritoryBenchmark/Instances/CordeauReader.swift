import Foundation

/// Reads Cordeau's PVRP instance format (see `../shared/benchmarks/pvrp/README.md`).
public enum CordeauReader {
    /// Reads and validates the instance at `path`; errors name the file and line.
    public static func read(path: String) throws(BenchmarkError) -> PVRPInstance {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BenchmarkError(exitCode: 66, "\(path): cannot read the file")
        }
        return try parse(text, name: (path as NSString).lastPathComponent, file: path)
    }

    /// Parses instance text; `file` is used in error messages only.
    public static func parse(_ text: String, name: String, file: String) throws(BenchmarkError) -> PVRPInstance {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        func nextRecord() throws(BenchmarkError) -> (line: Int, fields: [Substring]) {
            while index < lines.count {
                index += 1
                let fields = lines[index - 1].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
                if !fields.isEmpty { return (index, fields) }
            }
            throw BenchmarkError.data(file, index, "unexpected end of file")
        }
        func int(_ f: Substring, _ line: Int, _ what: String) throws(BenchmarkError) -> Int {
            guard let v = Int(f) else { throw BenchmarkError.data(file, line, "\(what) '\(f)' is not an integer") }
            return v
        }
        func real(_ f: Substring, _ line: Int, _ what: String) throws(BenchmarkError) -> Double {
            guard let v = Double(f), v.isFinite else { throw BenchmarkError.data(file, line, "\(what) '\(f)' is not a number") }
            return v
        }

        let header = try nextRecord()
        guard header.fields.count >= 4 else { throw BenchmarkError.data(file, header.line, "expected 'type m n t'") }
        let type = try int(header.fields[0], header.line, "type")
        guard type == 1 else { throw BenchmarkError.data(file, header.line, "problem type \(type) is not 1 (PVRP)") }
        let m = try int(header.fields[1], header.line, "m")
        let n = try int(header.fields[2], header.line, "n")
        let t = try int(header.fields[3], header.line, "t")
        guard m >= 1, n >= 1, (1...62).contains(t) else {
            throw BenchmarkError.data(file, header.line, "m, n must be positive and t in 1...62")
        }
        var limit = 0.0
        var capacity = 0
        for day in 0..<t {
            let r = try nextRecord()
            guard r.fields.count >= 2 else { throw BenchmarkError.data(file, r.line, "expected 'D Q'") }
            let d = try real(r.fields[0], r.line, "D")
            let q = try int(r.fields[1], r.line, "Q")
            if day > 0 && (d != limit || q != capacity) {
                throw BenchmarkError.data(file, r.line, "day \(day + 1) has a different D or Q; only identical days are supported")
            }
            limit = d
            capacity = q
        }
        var x = [Double]()
        var y = [Double]()
        var service = [Double]()
        var demand = [Int]()
        var frequency = [Int]()
        var combinations = [[UInt64]]()
        for node in 0...n {
            let r = try nextRecord()
            guard r.fields.count >= 7 else { throw BenchmarkError.data(file, r.line, "expected 'i x y d q f a c1 … ca'") }
            let i = try int(r.fields[0], r.line, "node number")
            guard i == node else { throw BenchmarkError.data(file, r.line, "node \(i) where \(node) was expected") }
            x.append(try real(r.fields[1], r.line, "x"))
            y.append(try real(r.fields[2], r.line, "y"))
            service.append(try real(r.fields[3], r.line, "service duration"))
            demand.append(try int(r.fields[4], r.line, "demand"))
            frequency.append(try int(r.fields[5], r.line, "frequency"))
            let a = try int(r.fields[6], r.line, "combination count")
            guard r.fields.count == 7 + a || node == 0 else {
                throw BenchmarkError.data(file, r.line, "\(a) combinations announced, \(r.fields.count - 7) given")
            }
            var sets: [UInt64] = []
            if node > 0 {
                for f in r.fields[7...] {
                    let c = try int(f, r.line, "combination")
                    guard c > 0 && c < (1 << t) else { throw BenchmarkError.data(file, r.line, "combination \(c) is outside 1..<2^\(t)") }
                    sets.append(PVRPInstance.daySet(combination: c, dayCount: t))
                }
                guard !sets.isEmpty else { throw BenchmarkError.data(file, r.line, "customer \(node) has no combination") }
                if demand[node] > capacity { throw BenchmarkError.data(file, r.line, "customer \(node) demand exceeds Q") }
            }
            combinations.append(sets)
        }
        return PVRPInstance(
            name: name, vehicles: m, customerCount: n, dayCount: t, durationLimit: limit, capacity: capacity,
            x: x, y: y, service: service, demand: demand, frequency: frequency, combinations: combinations)
    }
}
