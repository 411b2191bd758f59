import Foundation
import TerritoryBenchmark
import TestSupport
import Testing

/// The planner's promises as properties over generated districts, with `territory check` as the
/// oracle: busy (90–160 % utilisation), window-constrained (noon-only and afternoon-only
/// hospitals), leave, several seeds, and a deliberately small search effort so the guarantees
/// must come from construction, not from a long search.
@Suite("plans of generated districts", .serialized)
struct PlanPropertyTests {
    /// Generates a district, plans it through the built binary and returns the folder, the output folder and plan.json.
    func planDistrict(seed: UInt64, reps: Int, shortfall: String? = nil) throws -> (URL, URL, [String: Any]) {
        let dir = try TestScratch.folder("district-\(seed)")
        var generator = DistrictGenerator(reps: reps, seed: seed, year: 2026, month: 12)
        generator.minUtilisation = 0.9
        generator.maxUtilisation = 1.6
        for (name, text) in generator.files() { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        if let shortfall { try Data("{\"shortfall\": \"\(shortfall)\"}".utf8).write(to: dir.appendingPathComponent("rules.json")) }
        let out = dir.appendingPathComponent("out")
        let r = try BuiltBinary.run([
            "plan", "--territory", dir.path, "--month", "2026-12", "--seed", "\(seed)",
            "--iterations", "150", "--out", out.path, "--lang", "en",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan.json"))) as! [String: Any]
        return (dir, out, json)
    }

    @Test("territory check accepts every plan territory plan writes", arguments: [1, 2, 3] as [UInt64])
    func checkAccepts(seed: UInt64) throws {
        let (dir, out, json) = try planDistrict(seed: seed, reps: 3)
        defer { try? FileManager.default.removeItem(at: dir) }
        let check = try BuiltBinary.run(["check", out.appendingPathComponent("plan.json").path, "--territory", dir.path, "--lang", "en"])
        #expect(check.status == 0, "\(check.stdout)")
        let visits = (json["visits"] as! [[String: Any]]).count
        #expect(check.stdout == "plan is valid: \(visits) visits, 3 reps, 2026-12.\n")
        // The district really is overloaded: something was left out, so the guarantees were exercised.
        let unplaced = json["unplaced"] as! [[String: Any]]
        #expect(!unplaced.isEmpty)
        // Every shortfall names its hospital and explains itself with what would fix it.
        for u in unplaced {
            #expect(!(u["hospital_id"] as! String).isEmpty)
            let why = u["explanation"] as! String
            #expect(
                why.contains(
                    u["reason"] as! String == "capacity" ? "calls_per_day" : u["reason"] as! String == "reception_windows" ? "hospitals.csv" : "visits"))
        }
    }

    @Test(
        "a spread shortfall never leaves a red doctor without visits while another has all of them for lack of capacity",
        arguments: [4, 5] as [UInt64])
    func spread(seed: UInt64) throws {
        let (dir, _, json) = try planDistrict(seed: seed, reps: 3)
        defer { try? FileManager.default.removeItem(at: dir) }
        var planned: [String: Int] = [:]
        for v in json["visits"] as! [[String: Any]] where v["zone"] as? String == "red" { planned[v["doctor_id"] as! String, default: 0] += 1 }
        let unplaced = json["unplaced"] as! [[String: Any]]
        for rep in Set(unplaced.map { $0["rep_id"] as! String }) {
            let red = unplaced.filter { $0["rep_id"] as! String == rep && $0["zone"] as? String == "red" && $0["reason"] as? String == "capacity" }
            let zero = red.filter { planned[$0["doctor_id"] as! String] == nil }
            let visitsOfRep = (json["visits"] as! [[String: Any]]).filter { $0["rep_id"] as! String == rep && $0["zone"] as? String == "red" }
            let short = Set(unplaced.map { $0["doctor_id"] as! String })
            let full = Set(visitsOfRep.map { $0["doctor_id"] as! String }).subtracting(short)
            #expect(zero.isEmpty || full.isEmpty, "rep \(rep): \(zero.count) red doctors at 0 while \(full.count) have every visit")
        }
    }
}
