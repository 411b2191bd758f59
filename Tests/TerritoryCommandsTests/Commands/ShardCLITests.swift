import Foundation
import TerritoryBenchmark
import TestSupport
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// `plan --shard K/N` and `merge` through the built binary: slices of a generated district whose managers'
/// reps interleave in reps.csv join into the plan of all reps byte for byte; slices that are not one plan
/// are refused with nothing written.
@Suite("shards: plan --shard and merge", .serialized)
struct ShardCLITests {
    /// A generated 9-rep district whose reps.csv alternates the managers M01 and M02 and leaves every third rep
    /// without one, so slices cut across reps.csv order.
    static func district(_ name: String) throws -> URL {
        let dir = try TestScratch.folder(name)
        for (file, text) in DistrictGenerator(reps: 9, seed: 4, year: 2026, month: 12).files() {
            var text = text
            if file == "reps.csv" {
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                for k in 1..<lines.count where !lines[k].isEmpty {
                    var fields = lines[k].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                    fields[fields.count - 1] = k % 3 == 0 ? "" : (k % 3 == 1 ? "M01" : "M02")
                    lines[k] = fields.joined(separator: ",")
                }
                text = lines.joined(separator: "\n")
            }
            try Data(text.utf8).write(to: dir.appendingPathComponent(file))
        }
        return dir
    }

    static func plan(_ territory: URL, _ out: URL, _ extra: [String] = []) throws -> BuiltBinary.Result {
        try BuiltBinary.run(
            ["plan", "--territory", territory.path, "--month", "2026-12", "--seed", "3", "--iterations", "150", "--out", out.path] + extra)
    }

    @Test("three slices (given to merge out of order) join into the unsliced plan: plan.json, plan.csv, co_visits.csv, calendars")
    func slicesJoinIntoTheWholePlan() throws {
        let dir = try Self.district("shard-join")
        #expect(try String(contentsOf: dir.appendingPathComponent("reps.csv"), encoding: .utf8).contains(",M02\n"))
        let whole = dir.appendingPathComponent("whole")
        #expect(try Self.plan(dir, whole).status == 0)
        var reps: [[String]] = []
        for k in 1...3 {
            let r = try Self.plan(dir, dir.appendingPathComponent("s\(k)"), ["--shard", "\(k)/3"])
            #expect(r.status == 0)
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("s\(k)/plan.json"))) as! [String: Any]
            #expect(json["shard"] as? String == "\(k)/3")
            reps.append((json["reps"] as! [[String: Any]]).map { $0["rep_id"] as! String })
        }
        // Manager groups (M01: S001 S004 S007, M02: S002 S005 S008) stay whole; reps without a manager stand alone.
        #expect(reps == [["S001", "S004", "S007"], ["S002", "S005", "S008"], ["S003", "S006", "S009"]])
        let merged = dir.appendingPathComponent("merged")
        let m = try BuiltBinary.run(
            ["merge"] + [2, 3, 1].map { dir.appendingPathComponent("s\($0)/plan.json").path } + ["--out", merged.path, "--lang", "en"])
        #expect(m.status == 0)
        #expect(m.stdout == "joined 3 slices: 9 reps, \(try visits(whole)) visits, 2026-12; the plan is valid.\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: whole.path).sorted()
        #expect(files == ["co_visits.csv", "manager-M01.ics", "manager-M02.ics", "plan.csv", "plan.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: merged.path).sorted() == files)
        for file in files {
            let same = try Data(contentsOf: whole.appendingPathComponent(file)) == Data(contentsOf: merged.appendingPathComponent(file))
            #expect(same, "\(file) differs between the whole plan and the joined slices")
        }
        #expect(try BuiltBinary.run(["check", merged.appendingPathComponent("plan.json").path]).status == 0)
    }

    func visits(_ folder: URL) throws -> Int {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("plan.json"))) as! [String: Any]
        return (json["visits"] as! [Any]).count
    }

    @Test("merge refuses a missing slice, a slice twice, a whole plan and slices of another seed, and writes nothing")
    func refusals() throws {
        let dir = try Self.district("shard-refuse")
        for k in 1...2 { #expect(try Self.plan(dir, dir.appendingPathComponent("s\(k)"), ["--shard", "\(k)/2"]).status == 0) }
        #expect(try Self.plan(dir, dir.appendingPathComponent("seed9"), ["--shard", "2/2", "--seed", "9"]).status == 0)
        #expect(try Self.plan(dir, dir.appendingPathComponent("whole")).status == 0)
        let s1 = dir.appendingPathComponent("s1/plan.json").path
        let s2 = dir.appendingPathComponent("s2/plan.json").path
        let cases: [([String], String)] = [
            ([s1], "slice 2/2 of 2 is missing"),
            ([s1, s1, s2], "is slice 1/2 again"),
            ([s1, dir.appendingPathComponent("whole/plan.json").path], "is a whole plan, not a slice"),
            ([s1, dir.appendingPathComponent("seed9/plan.json").path], "with seed 9"),
        ]
        let out = dir.appendingPathComponent("out")
        for (plans, message) in cases {
            let r = try BuiltBinary.run(["merge"] + plans + ["--out", out.path, "--lang", "en"])
            #expect(r.status == 65, "\(message)")
            #expect(r.stderr.contains(message), "\(r.stderr)")
            #expect(r.stderr.hasSuffix("the slices do not join into one plan; nothing was written\n"))
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        let zh = try BuiltBinary.run(["merge", s1, "--out", out.path])
        #expect(zh.status == 65 && zh.stderr.contains("缺少 2 个分片中的 2/2"))
        let into = try BuiltBinary.run(["merge", s1, s2, "--out", dir.appendingPathComponent("s1").path, "--lang", "en"])
        #expect(into.status == 64 && into.stderr.contains("is the folder of the slice"))
    }

    @Test("plan refuses --shard with --rep and a malformed K/N")
    func usage() throws {
        let r = try BuiltBinary.run(["plan", "--shard", "1/2", "--rep", "R01", "--month", "2026-12", "--lang", "en"])
        #expect(r.status == 64 && r.stderr.contains("give --rep or --shard, not both"))
        for bad in ["0/2", "3/2", "x"] {
            let b = try BuiltBinary.run(["plan", "--shard", bad, "--month", "2026-12", "--lang", "en"])
            #expect(b.status == 64 && b.stderr.contains("invalid --shard \"\(bad)\""))
        }
    }
}
