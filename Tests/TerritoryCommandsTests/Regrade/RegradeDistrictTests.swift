import Foundation
import TerritoryBenchmark
import TerritoryModel
import TestSupport
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// `territory regrade` through the built binary on two snapshots of a generated 20-rep district, about 10 % of
/// whose doctors changed behaviour or title (plus one gone, one new and two that changed rep): the matrices,
/// zone counts, visits and lists match a count made here from the two folders graded on their own.
@Suite("territory regrade on a generated 20-rep district", .serialized)
struct RegradeDistrictTests {
    /// The district of `territory-bench generate --reps 20 --seed 1` (before) and its month-end copy (after).
    static func snapshots() throws -> (before: URL, after: URL, changed: Int) {
        let root = try TestScratch.folder("regrade-district")
        let before = root.appendingPathComponent("2026-11")
        let after = root.appendingPathComponent("2026-12")
        for dir in [before, after] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        let files = DistrictGenerator(reps: 20, seed: 1, year: 2026, month: 12).files()
        for (name, text) in files {
            try Data(text.utf8).write(to: before.appendingPathComponent(name))
            if name != "doctors.csv" { try Data(text.utf8).write(to: after.appendingPathComponent(name)) }
        }
        // Every 10th doctor changes: behaviour one step along (1 → 2 → 3 → 1) or, every 20th, title (up or down a group).
        var lines = files["doctors.csv"]!.split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let (titleColumn, behaviourColumn, repColumn) = (header.firstIndex(of: "title")!, header.firstIndex(of: "behaviour")!, header.firstIndex(of: "rep_id")!)
        var changed = 0
        for i in 1..<lines.count {
            var f = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if i % 20 == 7 {
                f[titleColumn] = f[titleColumn] == "主任医师" || f[titleColumn] == "副主任医师" ? "住院医师" : "主任医师"
                changed += 1
            } else if i % 20 == 17 {
                let next = ["首选": "次选", "次选": "竞品", "竞品": "首选", "1": "2", "2": "3", "3": "1"]
                f[behaviourColumn] = next[f[behaviourColumn]] ?? f[behaviourColumn]
                changed += 1
            }
            if i == 11 || i == 500 { f[repColumn] = f[repColumn] == "S001" ? "S002" : "S001" }
            lines[i] = f.joined(separator: ",")
        }
        lines.remove(at: 3)  // a doctor gone
        var newcomer = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        newcomer[0] = "D9999"
        lines.append(newcomer.joined(separator: ","))  // and one new
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: after.appendingPathComponent("doctors.csv"))
        return (before, after, changed)
    }

    /// The independent count: both folders graded on their own, paired by doctor id in a dictionary.
    struct Count {
        var matrix: [String: Int] = [:]  // "A3>A2", "-" for not listed
        var movers: [String: String] = [:]  // doctor id → "A3>A2 S001>S001"
        var added = 0
        var removed = 0
        var zoneBefore: [String: Int] = [:]
        var zoneAfter: [String: Int] = [:]

        init(before: [GradedDoctor], after: [GradedDoctor], rep: String?) {
            let b = Dictionary(uniqueKeysWithValues: before.filter { rep == nil || $0.doctor.repID == rep }.map { ($0.doctor.id, $0) })
            let a = Dictionary(uniqueKeysWithValues: after.filter { rep == nil || $0.doctor.repID == rep }.map { ($0.doctor.id, $0) })
            let allBefore = Dictionary(uniqueKeysWithValues: before.map { ($0.doctor.id, $0.doctor.repID) })
            let allAfter = Dictionary(uniqueKeysWithValues: after.map { ($0.doctor.id, $0.doctor.repID) })
            for id in Set(b.keys).union(a.keys) {
                let x = b[id]
                let y = a[id]
                matrix["\(x?.cell.id ?? "-")>\(y?.cell.id ?? "-")", default: 0] += 1
                let change = (y?.visitsPerMonth ?? 0) - (x?.visitsPerMonth ?? 0)
                added += max(0, change)
                removed += max(0, -change)
                if let x { zoneBefore[x.zone.id, default: 0] += 1 }
                if let y { zoneAfter[y.zone.id, default: 0] += 1 }
                let repChanged = allBefore[id] != nil && allAfter[id] != nil && allBefore[id] != allAfter[id]
                if x?.cell != y?.cell || x?.zone.id != y?.zone.id || change != 0 || repChanged {
                    movers[id] = "\(x?.cell.id ?? "-")>\(y?.cell.id ?? "-") \(allBefore[id] ?? "-")>\(allAfter[id] ?? "-")"
                }
            }
        }
    }

    /// Checks one JSON group against the independent count.
    static func check(_ group: [String: Any], against count: Count, label: String) {
        let matrix = group["matrix"] as! [String: Any]
        let cells = (matrix["cells"] as! [String]).map { $0 == "not_listed" ? "-" : $0 }
        let counts = matrix["counts"] as! [[Int]]
        for (r, row) in counts.enumerated() {
            for (c, n) in row.enumerated() {
                #expect(n == count.matrix["\(cells[r])>\(cells[c])"] ?? 0, "\(label) \(cells[r])>\(cells[c])")
            }
        }
        var listed: [String: String] = [:]
        for m in group["movements"] as! [[String: Any]] {
            listed[m["doctor_id"] as! String] =
                "\(m["cell_before"] as? String ?? "-")>\(m["cell_after"] as? String ?? "-") \(m["rep_before"] as? String ?? "-")>\(m["rep_after"] as? String ?? "-")"
        }
        #expect(listed == count.movers, "\(label) movements")
        let visits = group["visits"] as! [String: Int]
        #expect(visits["added"] == count.added && visits["removed"] == count.removed, "\(label) visits")
        for z in group["zones"] as! [[String: Any]] {
            let id = z["zone"] as! String
            #expect(z["before"] as? Int == count.zoneBefore[id] ?? 0 && z["after"] as? Int == count.zoneAfter[id] ?? 0, "\(label) \(id)")
        }
    }

    @Test("folder against folder and grade JSON against folder: every rep's and the total's matrix, zones, visits and list match an independent count")
    func independentCount() throws {
        let (before, after, changed) = try Self.snapshots()
        defer { try? FileManager.default.removeItem(at: before.deletingLastPathComponent()) }
        let graded = (
            try TerritoryLoader.load(directory: before).territory.gradedDoctors(), try TerritoryLoader.load(directory: after).territory.gradedDoctors()
        )
        #expect(graded.0.count == 1033 && changed == 103)  // about 10 % changed behaviour or title
        let grades = before.deletingLastPathComponent().appendingPathComponent("grades-2026-11.json")
        let g = try BuiltBinary.run(["grade", "--territory", before.path, "--format", "json", "--out", grades.path])
        #expect(g.status == 0, "\(g.stderr)")
        var outputs: [String] = []
        for source in [before.path, grades.path] {
            let r = try BuiltBinary.run(["regrade", "--before", source, "--after", after.path, "--format", "json"])
            #expect(r.status == 0, "\(r.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
            let total = json["total"] as! [String: Any]
            let count = Count(before: graded.0, after: graded.1, rep: nil)
            Self.check(total, against: count, label: "total")
            #expect(total["rep_changes"] as? Int == 2)
            let reps = json["reps"] as! [[String: Any]]
            #expect(reps.map { $0["rep_id"] as! String } == (1...20).map { "S" + String(repeating: "0", count: $0 < 10 ? 2 : 1) + String($0) })
            for rep in reps {
                let id = rep["rep_id"] as! String
                Self.check(rep, against: Count(before: graded.0, after: graded.1, rep: id), label: id)
            }
            // The reps' matrices add up to the total's apart from the doctors who changed rep (counted leaving and entering).
            let sum = reps.map { (($0["matrix"] as! [String: Any])["counts"] as! [[Int]]).flatMap { $0 }.reduce(0, +) }.reduce(0, +)
            #expect(sum == ((total["matrix"] as! [String: Any])["counts"] as! [[Int]]).flatMap { $0 }.reduce(0, +) + 2)
            outputs.append(r.stdout.components(separatedBy: "\"reps\"").last!)  // everything after the before/after sources
        }
        // The grade JSON gives the same movement as the folder it was written from.
        #expect(outputs[0] == outputs[1])
    }
}
