import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// `--out` never overwrites or shadows an input: refused with 64 before any work, through the built binary.
@Suite("Outputs that would shadow an input", .serialized)
struct OutputGuardTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    var territory: String { fixture.directory.path }

    /// The usage error line for `--out GIVEN` that would do `what`.
    func refusal(_ given: String, _ what: String) -> String {
        "error: --out \(given) would \(what); write somewhere else\n"
    }

    func inputsUnchanged() throws {
        #expect(try String(contentsOf: fixture.directory.appendingPathComponent("doctors.csv"), encoding: .utf8) == Fixture.doctors)
        #expect(try FileManager.default.contentsOfDirectory(atPath: territory).sorted() == ["doctors.csv", "hospitals.csv", "reps.csv"])
    }

    @Test("An absent optional input (leave.csv) is not created in the territory; another case or a path through .. changes nothing")
    func optionalAndSpelling() throws {
        let leave = fixture.directory.appendingPathComponent("leave.csv").path
        let r = try BuiltBinary.run(["grade", "--territory", territory, "--format", "csv", "--out", leave, "--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.contains(refusal(leave, "add leave.csv to the territory's folder, where the next run would read it as an input")))
        let roundabout = territory + "/../" + fixture.directory.lastPathComponent + "/./Doctors.CSV"
        let s = try BuiltBinary.run(["grade", "--territory", territory, "--format", "csv", "--out", roundabout, "--lang", "en"])
        #expect(s.status == 64)
        #expect(s.stderr.contains(refusal(roundabout, "overwrite the territory's input file doctors.csv")))
        try inputsUnchanged()
    }

    @Test("managers.csv is an input too: neither created beside the territory's files nor overwritten")
    func managersFile() throws {
        let managers = fixture.directory.appendingPathComponent("managers.csv").path
        let r = try BuiltBinary.run(["grade", "--territory", territory, "--format", "csv", "--out", managers, "--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.contains(refusal(managers, "add managers.csv to the territory's folder, where the next run would read it as an input")))
        try inputsUnchanged()
    }

    @Test("A link to the territory folder does not hide it")
    func throughLink() throws {
        let link = try HostileSetup.folder("link").appendingPathComponent("t")
        #expect(symlink(territory, link.path) == 0)
        let out = link.path + "/reps.csv"
        let r = try BuiltBinary.run(["grade", "--territory", territory, "--format", "csv", "--out", out, "--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.contains(refusal(out, "overwrite the territory's input file reps.csv")))
        try inputsUnchanged()
    }

    @Test("plan --out the territory's calendars folder is refused: plan.json would be read as a holiday file")
    func calendars() throws {
        let calendars = fixture.directory.appendingPathComponent("calendars")
        try FileManager.default.createDirectory(at: calendars, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: calendars) }
        let r = try BuiltBinary.run(["plan", "--territory", territory, "--month", "2026-12", "--out", calendars.path, "--lang", "en"])
        #expect(r.status == 64)
        #expect(
            r.stderr.contains(
                refusal(
                    calendars.path,
                    "put plan.json among the holiday files in \(SharedOptions.realPath(calendars)), "
                        + "where planning would read it as one")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: calendars.path) == [])
    }

    @Test("report --out the very plan.json given with --plan is refused")
    func planFile() throws {
        let folder = try HostileSetup.folder("plan")
        let p = try BuiltBinary.run(["plan", "--territory", territory, "--month", "2026-12", "--iterations", "50", "--out", folder.path])
        #expect(p.status == 0)
        let plan = folder.appendingPathComponent("plan.json").path
        let before = try Data(contentsOf: URL(fileURLWithPath: plan))
        let r = try BuiltBinary.run(["report", "--territory", territory, "--plan", plan, "--out", plan, "--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.contains(refusal(plan, "overwrite \(plan), which this command reads")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
    }

    @Test("plan --out the territory folder itself is allowed: plan.json and plan.csv shadow no input")
    func territoryFolder() throws {
        let r = try BuiltBinary.run(["plan", "--territory", territory, "--month", "2026-12", "--iterations", "50", "--out", territory])
        #expect(r.status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: territory).sorted()
                == ["doctors.csv", "hospitals.csv", "plan.csv", "plan.json", "reps.csv"])
        #expect(try String(contentsOf: fixture.directory.appendingPathComponent("doctors.csv"), encoding: .utf8) == Fixture.doctors)
    }
}
