import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// `territory balance` through the built binary: the proposal's formats, the balanced folder, refusals and
/// the plan comparison.
@Suite("territory balance on the command line", .serialized)
struct BalanceCLITests {
    @Test("json proposal; --write copies the folder with only the moved doctors' rep changed, ready to load")
    func writeFolder() throws {
        let dir = try BalanceDistrictTests.district(reps: 5, seed: 3)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("balanced")
        let r = try BuiltBinary.run(["balance", "--territory", dir.path, "--month", "2026-12", "--format", "json", "--write", out.path, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let moves = json["moves"] as! [[String: Any]]
        let after = json["after"] as! [String: Any]
        #expect(moves.count == after["moves"] as? Int)
        #expect(!moves.isEmpty)
        var moved: [String: String] = [:]
        for m in moves { for d in m["doctor_ids"] as! [String] { moved[d] = m["to"] as? String } }
        #expect(r.stderr.contains("(\(moved.count) doctors change rep in doctors.csv)"))

        let before = try TerritoryLoader.load(directory: dir).territory
        let balanced = try TerritoryLoader.load(directory: out).territory
        #expect(balanced.doctors.count == before.doctors.count)
        for (a, b) in zip(before.doctors, balanced.doctors) {
            #expect(a.id == b.id && a.name == b.name && a.hospitalID == b.hospitalID && a.title == b.title)
            #expect(b.repID == (moved[a.id] ?? a.repID))
        }
        for name in ["hospitals.csv", "reps.csv", "leave.csv"] {
            #expect(try Data(contentsOf: dir.appendingPathComponent(name)) == Data(contentsOf: out.appendingPathComponent(name)))
        }
        // Every rep's required visits in the json are what the balanced folder holds.
        let graded = balanced.gradedDoctors()
        for rep in json["reps"] as! [[String: Any]] {
            let id = rep["rep_id"] as! String
            #expect(rep["required_after"] as? Int == graded.filter { $0.doctor.repID == id }.reduce(0) { $0 + $1.visitsPerMonth })
        }
        // The same run again gives the same bytes.
        let again = try BuiltBinary.run(["balance", "--territory", dir.path, "--month", "2026-12", "--format", "json", "--lang", "en"])
        #expect(again.stdout == r.stdout)
    }

    @Test("csv is one row per move, UTF-8 with BOM for Excel")
    func csv() throws {
        let dir = try BalanceDistrictTests.district(reps: 4, seed: 2)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BuiltBinary.run(["balance", "--territory", dir.path, "--month", "2026-12", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("\u{FEFF}序号,医院编号,医院,医生编号,医生数,红区,原代表,新代表,每月拜访,路程影响(公里/月)\r\n"))
        let json = try BuiltBinary.run(["balance", "--territory", dir.path, "--month", "2026-12", "--format", "json"])
        let moves = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any])["moves"] as! [Any]
        #expect(r.stdout.components(separatedBy: "\r\n").count == moves.count + 2)
    }

    @Test("a --write onto the territory itself, or into its calendars, is refused before anything is written")
    func refusals() throws {
        let dir = try BalanceDistrictTests.district(reps: 3, seed: 1)
        defer { try? FileManager.default.removeItem(at: dir) }
        let same = try BuiltBinary.run(["balance", "--territory", dir.path, "--month", "2026-12", "--write", dir.path + "/.", "--lang", "en"])
        #expect(same.status == 64)
        #expect(
            same.stderr.hasPrefix(
                "error: --write \(dir.path)/. is the territory's own folder and would overwrite its inputs; write the balanced folder somewhere else\n"))
        let cap = try BuiltBinary.run(["balance", "--territory", dir.path, "--cap", "5"])
        #expect(cap.status == 64)
        #expect(cap.stderr.hasPrefix("错误：--cap 的值 \"5\" 无效；应为 50…300 的百分数，如 105\n"))
        let compare = try BuiltBinary.run([
            "balance", "--compare", dir.appendingPathComponent("nothing.json").path, dir.appendingPathComponent("none.json").path,
        ])
        #expect(compare.status == 66)
    }

    @Test("--compare: per rep red and yellow planned of required, travel, and the change")
    func compare() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("territory-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func plan(_ red: Int, _ yellow: Int, _ km: Double, missingRed: Int) -> String {
            """
            {"month": "2026-12", "summary": [{"rep_id": "R1", "planned_by_zone": {"red": \(red), "yellow": \(yellow), "blue": 3}, "travel_km": \(km)}],
             "unplaced": [{"rep_id": "R1", "zone": "red", "missing": \(missingRed)}, {"rep_id": "R1", "zone": "yellow", "missing": 2}]}
            """
        }
        try Data(plan(40, 10, 100, missingRed: 8).utf8).write(to: dir.appendingPathComponent("old.json"))
        try Data(plan(48, 12, 103, missingRed: 0).utf8).write(to: dir.appendingPathComponent("new.json"))
        let r = try BuiltBinary.run(["balance", "--compare", "old.json", "new.json", "--lang", "en"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout == """
                Rep     Red before  Yellow before  Travel km before     Red after  Yellow after  Travel km after  Change
                R1     40/48 83.3%    10/12 83.3%             100.0  48/48 100.0%   12/14 85.7%            103.0  red +8, yellow +2, travel +3.0%
                Total  40/48 83.3%    10/12 83.3%             100.0  48/48 100.0%   12/14 85.7%            103.0  red +8, yellow +2, travel +3.0%

                """)
    }

    @Test("--compare --format csv is one row per rep and a total, UTF-8 with BOM; json has reps and total with English keys")
    func compareFormats() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("territory-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let old = """
            {"month": "2026-12", "summary": [{"rep_id": "=R1", "planned_by_zone": {"red": 40, "yellow": 10}, "travel_km": 100.0},
             {"rep_id": "R2", "planned_by_zone": {"red": 5, "yellow": 0}, "travel_km": 20.0}],
             "unplaced": [{"rep_id": "=R1", "zone": "red", "missing": 8}, {"rep_id": "=R1", "zone": "yellow", "missing": 2}]}
            """
        let new = """
            {"month": "2026-12", "summary": [{"rep_id": "=R1", "planned_by_zone": {"red": 48, "yellow": 12}, "travel_km": 103.0}],
             "unplaced": [{"rep_id": "=R1", "zone": "yellow", "missing": 2}]}
            """
        try Data(old.utf8).write(to: dir.appendingPathComponent("old.json"))
        try Data(new.utf8).write(to: dir.appendingPathComponent("new.json"))
        let csv = try BuiltBinary.run(["balance", "--compare", "old.json", "new.json", "--format", "csv"], in: dir)
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(
            csv.stdout == "\u{FEFF}代表,红区计划(前),红区需求(前),黄区计划(前),黄区需求(前),路程公里(前),红区计划(后),红区需求(后),黄区计划(后),黄区需求(后),路程公里(后),红区变化,黄区变化,路程变化(%)\r\n"
                + "'=R1,40,48,10,12,100.0,48,48,12,14,103.0,8,2,3.0\r\n"
                + "R2,5,5,0,0,20.0,,,,,,,,\r\n"
                + "合计,45,53,10,12,120.0,48,48,12,14,103.0,3,2,'-14.2\r\n")
        let json = try BuiltBinary.run(["balance", "--compare", "old.json", "new.json", "--format", "json"], in: dir)
        #expect(json.status == 0, "\(json.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let reps = try #require(root["reps"] as? [[String: Any]])
        #expect(reps.map { $0["rep_id"] as? String } == ["=R1", "R2"])
        let before = try #require(reps[0]["before"] as? [String: Any])
        #expect(before["red_planned"] as? Int == 40 && before["red_required"] as? Int == 48 && before["travel_km"] as? Double == 100)
        let change = try #require(reps[0]["change"] as? [String: Any])
        #expect(change["red"] as? Int == 8 && change["yellow"] as? Int == 2 && change["travel_percent"] as? Double == 3)
        #expect(reps[1]["after"] is NSNull && reps[1]["change"] is NSNull)
        let total = try #require(root["total"] as? [String: Any])
        #expect((total["change"] as? [String: Any])?["travel_percent"] as? Double == -14.2)
    }
}
