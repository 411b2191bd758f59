import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// Every CSV we write neutralises spreadsheet formulas in user text (CSV injection).
@Suite("CSV formula guard in written files")
struct CSVGuardTests {
    /// Hostile doctor names, as a spreadsheet would run them.
    /// (A leading tab or CR cannot reach the writer through a territory: the loader trims names.)
    static let hostile = [#"=HYPERLINK("http://evil.example/?q=1","click")"#, "+1", "-2", "@SUM(A1:A9)"]

    /// The fixture with four red-zone doctors of R1 (H1, 主任医师, 首选 → A1) named as formulas.
    static func territory() throws -> Fixture {
        let rows = hostile.enumerated().map { k, name in
            "X\(k + 1),H1,\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\",心内科,主任医师,首选,10,R1"
        }
        return try ReportFixture.territory(doctors: ReportFixture.doctors.trimmingCharacters(in: .newlines) + "\n" + rows.joined(separator: "\n") + "\n")
    }

    /// Every field of a written CSV (its bytes), parsed back after checking the UTF-8 BOM.
    static func fields(_ bytes: Data) throws -> [[String]] {
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        return try CSVReader.parse(String(decoding: bytes.dropFirst(3), as: UTF8.self)).map(\.fields)
    }

    /// No field starts a formula, and each hostile name is there with a leading apostrophe.
    static func expectNeutralised(_ rows: [[String]], nameColumn: Int) {
        for row in rows {
            for field in row {
                #expect(!(field.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false), "live formula: \(field)")
            }
        }
        let names = Set(rows.map { $0[nameColumn] })
        for name in hostile { #expect(names.contains("'" + name), "\(name) not neutralised") }
    }

    @Test("grade --format csv writes hostile doctor names as text")
    func gradeCSV() throws {
        let fixture = try Self.territory()
        let r = ReportFixture.run(["grade", "--territory", fixture.directory.path, "--format", "csv"], in: fixture.directory)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try Self.fields(Data(r.stdout.utf8))
        #expect(rows[0][3] == "姓名")
        Self.expectNeutralised(Array(rows.dropFirst()), nameColumn: 3)
        // The exact bytes of the HYPERLINK row: apostrophe first, then RFC 4180 quoting with doubled quotes.
        #expect(r.stdout.contains(#",心内科,"'=HYPERLINK(""http://evil.example/?q=1"",""click"")",主任医师,"#))
        #expect(
            r.stdout.contains(",心内科,'+1,主任医师,") && r.stdout.contains(",心内科,'-2,主任医师,")
                && r.stdout.contains(",心内科,'@SUM(A1:A9),主任医师,"))
    }

    @Test("plan.csv writes hostile doctor names as text")
    func planCSV() throws {
        let fixture = try Self.territory()
        let out = try ReportFixture.temporaryDirectory()
        let r = ReportFixture.run(
            ["plan", "--territory", fixture.directory.path, "--month", ReportFixture.month, "--out", out.path]
                + ReportFixture.effort, in: out)
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: out.appendingPathComponent("plan.csv"))
        let rows = try Self.fields(bytes)
        let csv = String(decoding: bytes, as: UTF8.self)
        #expect(rows[0][6] == "医生")
        Self.expectNeutralised(Array(rows.dropFirst()), nameColumn: 6)
        #expect(csv.contains(#","'=HYPERLINK(""http://evil.example/?q=1"",""click"")",心内科,A1,"#))
    }
}
