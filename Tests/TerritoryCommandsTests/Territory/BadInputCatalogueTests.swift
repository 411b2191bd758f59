import Foundation
import Testing

/// Issue 16, part 1: territories/BAD-INPUT.md is the published list of bad inputs. Each of its rows is run
/// here through the built binary on the small fixture territory: the exit code, the exact English
/// (`--lang en`) and Chinese (default) line on stderr, nothing written when refused, and the warning's
/// code in plan.json when warned (calls.csv rows run `territory progress`, which writes no plan.json).
@Suite("Bad-input catalogue", .serialized)
struct BadInputCatalogueTests {
    /// One row of the catalogue's table.
    struct Row: Sendable, CustomTestStringConvertible {
        var code: String
        var decision: String  // refuse, warn or note
        var exitCode: Int32
        var english: String
        var chinese: String
        var testDescription: String { code }
    }

    static let catalogueURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("territories/BAD-INPUT.md")

    /// The rows of every table in BAD-INPUT.md whose first cell is a `code`.
    static let rows: [Row] = {
        guard let text = try? String(contentsOf: catalogueURL, encoding: .utf8) else { return [] }
        func unquote(_ cell: String) -> String {
            let t = cell.trimmingCharacters(in: .whitespaces)
            return t.hasPrefix("`") && t.hasSuffix("`") && t.count >= 2 ? String(t.dropFirst().dropLast()) : t
        }
        return text.split(separator: "\n").compactMap { line -> Row? in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 8, cells[1].trimmingCharacters(in: .whitespaces).hasPrefix("`"),
                let exit = Int32(cells[4].trimmingCharacters(in: .whitespaces))
            else { return nil }
            return Row(
                code: unquote(cells[1]), decision: cells[3].trimmingCharacters(in: .whitespaces), exitCode: exit,
                english: unquote(cells[5]), chinese: unquote(cells[6]))
        }
    }()

    @Test("the catalogue and the test table name the same classes of bad input")
    func catalogueIsComplete() {
        #expect(Self.rows.count == BadInputCase.all.count)
        #expect(Set(Self.rows.map(\.code)) == Set(BadInputCase.all.keys))
        #expect(Self.rows.allSatisfy { ["refuse", "warn", "note"].contains($0.decision) })
        #expect(Self.rows.allSatisfy { ($0.decision == "refuse") == ($0.exitCode != 0) })
    }

    /// Runs `territory plan` on the row's territory in `language`.
    func run(_ c: BadInputCase, language: String?) throws -> (BuiltBinary.Result, URL, URL) {
        let fixture = try Fixture(c.files, removing: c.removing)
        for (name, bytes) in c.bytes { try fixture.write(name, Data(bytes)) }
        let dir = c.noFolder ? fixture.directory.appendingPathComponent("absent") : fixture.directory
        let out = fixture.directory.appendingPathComponent("out")
        let r = try BuiltBinary.run(
            [c.command, "--territory", dir.path, "--out", out.path] + c.arguments + (language.map { ["--lang", $0] } ?? []),
            in: fixture.directory)
        return (r, out, dir)
    }

    @Test("each row gives its exit code and its line in English and Chinese", arguments: rows)
    func row(_ row: Row) throws {
        let c = try #require(BadInputCase.all[row.code])
        for (language, expected) in [("en", row.english), (nil, row.chinese)] as [(String?, String)] {
            let (r, out, dir) = try run(c, language: language)
            let line = expected.replacingOccurrences(of: "{DIR}", with: dir.path)
            #expect(r.status == row.exitCode, "\(row.code) \(language ?? "zh"): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").map(String.init).contains(line), "\(row.code) \(language ?? "zh"): \(r.stderr)")
            if row.decision == "refuse" {
                #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
            } else if row.decision == "warn" && c.command == "plan" {
                let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan.json"))) as! [String: Any]
                let codes = (json["warnings"] as! [[String: Any]]).compactMap { $0["code"] as? String }
                #expect(codes.contains(c.warningCode ?? row.code), "plan.json lists \(codes)")
            }
        }
    }

    /// With TERRITORY_BAD_INPUT_RECORD=FILE, writes what every case prints (for writing the catalogue).
    @Test("record mode", .enabled(if: ProcessInfo.processInfo.environment["TERRITORY_BAD_INPUT_RECORD"] != nil))
    func record() throws {
        var text = ""
        for code in BadInputCase.all.keys.sorted() {
            for language in ["en", nil] as [String?] {
                let (r, _, dir) = try run(BadInputCase.all[code]!, language: language)
                text += "## \(code) \(language ?? "zh") exit \(r.status)\n" + r.stderr.replacingOccurrences(of: dir.path, with: "{DIR}") + "\n"
            }
        }
        try text.write(toFile: ProcessInfo.processInfo.environment["TERRITORY_BAD_INPUT_RECORD"]!, atomically: true, encoding: .utf8)
    }
}
